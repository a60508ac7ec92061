import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDER, tempConcord } from '../../fixtures/temp-store';

/** Opens the store in a fresh Node process with the SQLCipher 4 settings and the recovery key only: no Concord code. */
const script = `
const Database = require('better-sqlite3-multiple-ciphers');
const [file, key] = process.argv.slice(1);
const db = new Database(file, { readonly: true });
db.pragma("cipher='sqlcipher'");
db.pragma('legacy=4');
db.pragma(\`key="x'\${key}'"\`);
process.stdout.write(JSON.stringify(db.prepare('SELECT name FROM incidents').all()));
`;

describe('SQLCipher 4 compatibility', () => {
  it('a fresh process opens the store from the recovery key alone', async () => {
    const t = await tempConcord();
    try {
      await t.call('incident:create', { name: 'Opened elsewhere', kind: 'other', mode: 'real', commander: COMMANDER });
      await t.call('store:lock', {});
      const out = execFileSync(process.execPath, ['-e', script, join(t.dir, 'concord.db'), t.recoveryKey.replace(/-/g, '')], {
        cwd: process.cwd(),
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual([{ name: 'Opened elsewhere' }]);
    } finally {
      t.close();
    }
  });
});
