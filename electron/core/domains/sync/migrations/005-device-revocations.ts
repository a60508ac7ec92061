import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration005: Migration = {
  version: 5,
  name: 'device revocations',
  sql: `CREATE TABLE device_revocations (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, revoked_device TEXT, reason TEXT);
CREATE INDEX device_revocations_by_incident ON device_revocations (incident_id);`,
};
