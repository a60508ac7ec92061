import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/kernel/db/migrations';
import { openDatabase } from '../../../electron/core/kernel/db/open';
import { entityDefs, migrations } from '../../../electron/core/app/domains';
import { columnFor } from '../../../electron/core/kernel/ops/entities';
import { tempDir } from '../../fixtures/temp-store';

describe('numbered migrations', () => {
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
