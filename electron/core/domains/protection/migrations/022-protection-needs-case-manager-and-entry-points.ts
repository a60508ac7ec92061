import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration022: Migration = {
  version: 22,
  name: 'protection needs: case manager and entry points',
  sql: `ALTER TABLE protection_needs ADD COLUMN case_manager_id TEXT;
ALTER TABLE protection_needs ADD COLUMN entry_point_ids TEXT;`,
};
