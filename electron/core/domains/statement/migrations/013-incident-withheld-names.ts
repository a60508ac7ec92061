import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 * Statements withhold names from drafts; the list lives on the incident.
 */
export const migration013: Migration = {
  version: 13,
  name: 'incident withheld names',
  sql: `ALTER TABLE incidents ADD COLUMN withheld_names TEXT;`,
};
