import type { Db } from './open';

/**
 * Numbered migrations: a migration's number is its place in the list, so a new one is appended, never inserted.
 * A store records the last one applied in `user_version`; each runs once, in order, in one transaction with
 * the version bump.
 */
export interface Migration {
  name: string;
  sql: string;
}

export function migrate(db: Db, migrations: readonly Migration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`store was written by a newer Concord (schema ${current}, this build knows ${migrations.length})`);
  }
  migrations.slice(current).forEach((m, i) => {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version=${current + i + 1}`);
    })();
  });
  return migrations.length;
}
