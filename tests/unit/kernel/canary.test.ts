import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDER, tempConcord } from '../../fixtures/temp-store';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });

describe('nothing sensitive in plaintext', () => {
  it('a canary written through the API appears in no file of the data folder, open or locked', async () => {
    const canary = 'CANARY-7f3a9c-Mosque-on-Elm-Street';
    const t = await tempConcord();
    try {
      const incident = await t.call('incident:create', { name: canary, kind: 'hate-motivated attack', mode: 'real', commander: COMMANDER });
      await t.call('incident:update', { id: incident.id, changes: { securityRiskNote: `${canary} note` } });
      for (let i = 0; i < 50; i++) await t.call('log:note', { incidentId: incident.id, text: `${canary} ${i}` });
      const scan = () =>
        filesUnder(t.dir).filter((f) => {
          const bytes = readFileSync(f);
          return bytes.includes(Buffer.from(canary, 'utf8')) || bytes.includes(Buffer.from(canary, 'utf16le'));
        });
      // While open, the WAL holds the latest pages: it must be encrypted too.
      expect(filesUnder(t.dir).some((f) => f.endsWith('-wal'))).toBe(true);
      expect(scan()).toEqual([]);
      await t.call('store:lock', {});
      expect(scan()).toEqual([]);
    } finally {
      t.close();
    }
  });
});
