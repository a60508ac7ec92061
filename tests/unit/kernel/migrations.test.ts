import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inVersionOrder, migrate, type Migration } from '../../../electron/core/kernel/db/migrations';
import { openDatabase } from '../../../electron/core/kernel/db/open';
import { entityDefs, migrations } from '../../../electron/core/app/domains';
import { columnFor } from '../../../electron/core/kernel/ops/entities';
import { tempDir } from '../../fixtures/temp-store';

/**
 * The SHA-256 of each released migration's SQL. A store that ran migration N must get the same schema from every
 * build, so released SQL never changes: change the schema with a new migration, and release it by adding its hash.
 */
const released: readonly (readonly [number, string])[] = [
  [1, '8fca3486ec06d9f16f3aadba26f4b99f508450bfc6c45db35b01e2207b346978'],
  [2, 'da883605a8b4fe6d76c905152252a9e8e5f540b1ca6fa89c090469e2e8c3d285'],
  [3, '44e4d8dd8faa624c429d98693a0e1a38dd19506f51148d5ca5bdd214f903d298'],
  [4, '565be9c7cbd82e6615c647673c0b45aa25ba30e719d647095210ffc3757bbca9'],
  [5, '411735a83de3cbdcd1a90998c4f8910e33ef0454fa1561d8eb32682c34ed6414'],
  [6, '821499778434473f419a100e8c1fe25319b58949228ae7759240945588b8f9d0'],
  [7, '7aae0be4711a8c7e7d6a871307177b6c8e17a3540a48ebb5eb66b770360b4f4c'],
  [8, '15d0edb285bf3aaf28106601502dce5491f86596662035d16803901ab3c3ac7a'],
  [9, 'ce45fd0f19f35da9fe04ea9218c36cd4a06e65b85e71b552f8d9e9bee27167a1'],
  [10, 'e8008d5cbfacb3326b28dfe79cd6261698535d2cc563ade734a5055203933952'],
  [11, 'e1b7eac7573e68b0f2af792951536dbda27d697d4607ffa51355d38845be85f7'],
  [12, '7f7c9590dd51b258b24ea90b063c67f80ae4a5f0866faa48e86d2fbb7e835fc3'],
  [13, '7d443ed5cb49fdc5885936e11ed4e471cf535119b3142163921a6f2e399f9043'],
  [14, '428e40c5b076adde799bc5c2a317aa050218f598935db5d15ffd78091ac25954'],
  [15, '7f47523ec08f148b91e11542f874615eb94d0c9380a35ca7907c3185f606580f'],
  [16, '0d8c77303545abb173e60e016e9d64d35759407440968065b224fbb161050975'],
  [17, '7a309b76761e150e3fe0dee312d40039231de204f79ecdb58f8e7afa732869c6'],
  [18, '4b5faacda793149e5ba3ec5da27282f91b50939278fb3e6c3577d822f75ae297'],
  [19, '930d86f627ca5d585869463bc11fc37f37df867ee8e0630fc3d8ae8de46b9a02'],
  [20, '20fdb110b2812dc803ea7360a97c514159dd567b86b58c024f8600d77d99aabb'],
  [21, '4d874b8740825f610813d5c852e56a926de247cb3df71c0d4371690124e94ef9'],
  [22, '8d04568a72c81350fe8be09229b50860678c02eebc304490945d10c09dd40c51'],
  [23, 'f5739caf04ba37fa4d54cf16d5b61dc265d45ad7e732e4716f5922d21ade3655'],
  [24, 'd9a21e9477becc2cf9df410ca66ede823c9683edc54b5ede7167e4a797cd55e2'],
  [25, '0a920d15dfb4424947f8588033a1752e13752fa7ad6083c064167fd0cd3e369b'],
  [26, 'efbabb8220ac2127f928a27283b377b855a6706f860c8666358e2c98f1ded1c9'],
  [27, '2e8b312605dcd6515ec1465d0564ab81745435b3094bd85a8738e3e02bb1758c'],
  [28, '99f9641405bdb4f7c67106e666d80d5f99092eaac99a9d53e2c623bf9f704d55'],
  [29, 'c9e4f0c381ef198a3c7e32f9a2fc35d500c4d0d327c5e1b0067336bcb7e74b98'],
  [30, 'caaa0d115f162c54d24bdfa38221b7155cfc48c0f944b22b25e5499de8f3b438'],
  [31, '216013461266ecbbfa80fc049d0ba9a5de5d31b81b16056fac856b6fce1bd730'],
  [32, 'ee8a694a0e039dea0f4087d286aaf5d4f0f061e3cfb0f68d7d7862b141f79179'],
  [33, '1bc567d810c81efef93c23ede8035e4fe82add1c0b04a91057e8087087035136'],
];

const sha256 = (sql: string): string => createHash('sha256').update(sql).digest('hex');

describe('numbered migrations', () => {
  it('never change once released, and each one is released with its hash', () => {
    expect(migrations.map((m) => [m.version, sha256(m.sql)])).toEqual(released);
  });

  it('run 1, 2, 3… across the kernel and every domain: a gap or a repeated number stops the console at start', () => {
    const m = (version: number): Migration => ({ version, name: `m${version}`, sql: '' });
    expect(inVersionOrder([m(2), m(1), m(3)]).map((x) => x.version)).toEqual([1, 2, 3]);
    expect(() => inVersionOrder([m(1), m(3)])).toThrow(/migration 2 is missing/);
    expect(() => inVersionOrder([m(1), m(2), m(2)])).toThrow(/migration 3 is repeated/);
  });

  it('bring a new store to the latest schema once, and are a no-op the second time', () => {
    const { dir, cleanup } = tempDir();
    const db = openDatabase(join(dir, 'm.db'), randomBytes(32));
    try {
      expect(migrate(db, migrations.slice(0, 1))).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      migrate(db, migrations);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      migrate(db, migrations);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    } finally {
      db.close();
      cleanup();
    }
  });

  it('refuse a store written by a newer build instead of damaging it', () => {
    const { dir, cleanup } = tempDir();
    const db = openDatabase(join(dir, 'm.db'), randomBytes(32));
    try {
      migrate(db, migrations);
      db.pragma(`user_version=${migrations.length + 1}`);
      expect(() => migrate(db, migrations)).toThrow(/newer Concord/);
    } finally {
      db.close();
      cleanup();
    }
  });

  it('give every field of every entity a column', () => {
    const { dir, cleanup } = tempDir();
    const db = openDatabase(join(dir, 'm.db'), randomBytes(32));
    try {
      migrate(db, migrations);
      for (const def of entityDefs) {
        const cols = (db.prepare(`PRAGMA table_info(${def.table})`).all() as { name: string }[]).map((c) => c.name);
        for (const field of Object.keys(def.fields)) expect(cols, `${def.table}.${field}`).toContain(columnFor(field));
      }
    } finally {
      db.close();
      cleanup();
    }
  });
});
