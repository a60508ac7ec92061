import type { Migration } from '../db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration015: Migration = {
  version: 15,
  name: 'refused ops',
  sql: `CREATE TABLE refused_ops (
        incident_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (incident_id, device_id, seq)
      ) WITHOUT ROWID;
      CREATE INDEX refused_ops_by_time ON refused_ops (incident_id, hlc);`,
};
