import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 * A task's barrier or delay, and whether the public may hear of it (transparency updates); tasks made before read
 * as no barrier and not public.
 */
export const migration024: Migration = {
  version: 24,
  name: 'task-barrier-and-public',
  sql: `ALTER TABLE tasks ADD COLUMN barrier TEXT NOT NULL DEFAULT '';
ALTER TABLE tasks ADD COLUMN public INTEGER NOT NULL DEFAULT 0;`,
};
