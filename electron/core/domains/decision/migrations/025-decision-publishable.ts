import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 * Whether a decision may be told to the public (transparency updates). Nullable: a decision recorded before it
 * carries no such field, and its row reads as not publishable.
 */
export const migration025: Migration = {
  version: 25,
  name: 'decision-publishable',
  sql: `ALTER TABLE decisions ADD COLUMN publishable INTEGER;`,
};
