import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 * Whether an approver acknowledged that the text quotes an internal priority or task. Nullable: approvals made
 * before it carry no such field, and read as not acknowledged.
 */
export const migration026: Migration = {
  version: 26,
  name: 'approval-acknowledges-internal',
  sql: `ALTER TABLE statement_approvals ADD COLUMN acknowledged_internal INTEGER;`,
};
