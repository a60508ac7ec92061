import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration004: Migration = {
  version: 4,
  name: 'sync secrets and manual peers',
  sql: `    CREATE TABLE sync_secrets (
      incident_id TEXT PRIMARY KEY,
      secret BLOB NOT NULL,
      epoch INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE sync_peers (
      address TEXT PRIMARY KEY,
      added_at TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
