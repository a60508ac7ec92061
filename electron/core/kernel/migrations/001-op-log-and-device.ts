import type { Migration } from '../db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration001: Migration = {
  version: 1,
  name: 'op log and device',
  sql: `      CREATE TABLE local_device (
        id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE ops (
        incident_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        author TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL,
        fields TEXT NOT NULL,
        prev TEXT NOT NULL,
        hash TEXT NOT NULL,
        sig TEXT,
        PRIMARY KEY (incident_id, device_id, seq)
      ) WITHOUT ROWID;
      CREATE INDEX ops_by_time ON ops (incident_id, hlc);
      CREATE TABLE heads (
        incident_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (incident_id, device_id)
      ) WITHOUT ROWID;
      CREATE TABLE devices (
        incident_id TEXT NOT NULL,
        id TEXT NOT NULL,
        public_key TEXT NOT NULL,
        hlc TEXT NOT NULL,
        author TEXT NOT NULL,
        PRIMARY KEY (incident_id, id)
      ) WITHOUT ROWID;
    `,
};
