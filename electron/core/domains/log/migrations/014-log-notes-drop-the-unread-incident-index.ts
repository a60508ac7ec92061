import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration014: Migration = {
  version: 14,
  name: 'log notes: drop the unread incident index',
  sql: `DROP INDEX log_notes_by_incident;`,
};
