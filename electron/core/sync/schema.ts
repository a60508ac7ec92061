import type { Migration } from '../db/migrations';

/**
 * Sync's local tables, never replicated: the join secret of each incident (random, 32 bytes, inside the
 * encrypted store and nowhere else) with its rotation epoch, and the peers an operator entered by hand.
 */
export const syncMigration: Migration = {
  name: 'sync secrets and manual peers',
  sql: `
    CREATE TABLE sync_secrets (
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
