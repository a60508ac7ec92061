import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration. Templates belong to no incident: the console's own data, like its device key, never an op.
 */
export const migration032: Migration = {
  version: 32,
  name: 'templates',
  sql: `CREATE TABLE templates (id TEXT PRIMARY KEY, name TEXT NOT NULL, content TEXT NOT NULL, signer_public_key TEXT, imported_at TEXT, updated_at TEXT NOT NULL);`,
};
