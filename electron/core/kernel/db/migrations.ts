import type { Db } from './open';

/**
 * One numbered migration, frozen once released: its SQL never changes (a test holds each one's hash), so a store
 * migrated by any build has the same schema. Versions run 1, 2, 3… with no gap across the kernel and all domains.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations of the kernel and every domain in version order; throws when a version is missing or repeated. */
export function inVersionOrder(migrations: readonly Migration[]): Migration[] {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${i + 1} is ${m.version === i ? 'repeated' : 'missing'} (found ${m.version}: ${m.name})`);
  });
  return sorted;
}

/**
 * A store records the last migration applied in `user_version`; each later one runs once, in order, in one
 * transaction with the version bump.
 */
export function migrate(db: Db, migrations: readonly Migration[]): number {
  const ordered = inVersionOrder(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > ordered.length) {
    throw new Error(`store was written by a newer Concord (schema ${current}, this build knows ${ordered.length})`);
  }
  for (const m of ordered.slice(current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version=${m.version}`);
    })();
  }
  return ordered.length;
}
