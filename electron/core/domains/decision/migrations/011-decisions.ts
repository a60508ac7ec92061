import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration011: Migration = {
  version: 11,
  name: 'decisions',
  sql: `CREATE TABLE decisions (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, what TEXT, why TEXT, priority_ids TEXT, priority_titles TEXT, no_priority_reason TEXT, prev_hash TEXT, hash TEXT);
CREATE INDEX decisions_by_incident ON decisions (incident_id);`,
};
