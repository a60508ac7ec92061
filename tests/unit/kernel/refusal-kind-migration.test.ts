import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrations';
import { openDatabase } from '../../../electron/core/kernel/db/open';
import { migrations } from '../../../electron/core/app/domains';
import { tempDir } from '../../fixtures/temp-store';

/** Refusals as the judge wrote them before it kept their kind: a code and the words only. */
const before: readonly (readonly [string, string, string])[] = [
  ['forbidden', 'its console was revoked from this incident before this edit', 'revoked console'],
  ['forbidden', 'Olu Observer holds no role that may set priorities: ask the incident commander.', 'no role'],
  ['forbidden', 'Sign in as a person on this incident’s roster to write log notes.', 'no role'],
  ['forbidden', 'Sam Okafor must set their own PIN before acting: the one they signed in with was set by someone else.', 'not their signature'],
  ['forbidden', 'Written in Deputy Mayor Li’s name without their signature on console 0a1b2c3d: only a person signed in with their own PIN acts as them.', 'not their signature'],
  ['forbidden', 'Written in Deputy Mayor Li’s name signed by a key that is not theirs on console 0a1b2c3d: only a person signed in with their own PIN acts as them.', 'not their signature'],
  ['conflict', 'the statement has no approval for this revision', 'rule of the record'],
  ['invalid_input', 'unknown kind of record gossip', 'rule of the record'],
];

describe('migration 33, the kind of each refusal', () => {
  it('gives the refusals judged before it the kind their words told, and a store migrated twice keeps them', () => {
    const { dir, cleanup } = tempDir();
    const db = openDatabase(join(dir, 'm.db'), randomBytes(32));
    try {
      migrate(db, migrations.filter((m) => m.version < 33));
      const insert = db.prepare("INSERT INTO refused_ops (incident_id, device_id, seq, hlc, code, reason) VALUES ('i', 'd', ?, ?, ?, ?)");
      before.forEach(([code, reason], i) => insert.run(i + 1, `hlc-${i}`, code, reason));
      migrate(db, migrations);
      migrate(db, migrations);
      const kinds = (db.prepare('SELECT kind FROM refused_ops ORDER BY seq').all() as { kind: string }[]).map((r) => r.kind);
      expect(kinds).toEqual(before.map(([, , kind]) => kind));
    } finally {
      db.close();
      cleanup();
    }
  });
});
