import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration016: Migration = {
  version: 16,
  name: 'device revocations cut a chain at a seq',
  sql: `ALTER TABLE device_revocations ADD COLUMN last_seq REAL;`,
};
