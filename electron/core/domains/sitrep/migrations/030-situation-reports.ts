import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration030: Migration = {
  version: 30,
  name: 'situation reports',
  sql: `CREATE TABLE sitreps (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, period_id TEXT, as_of TEXT, content TEXT, hash TEXT);
CREATE INDEX sitreps_by_incident ON sitreps (incident_id, as_of);
CREATE INDEX sitreps_by_period ON sitreps (period_id);`,
};
