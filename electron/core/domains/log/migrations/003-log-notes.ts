import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration003: Migration = {
  version: 3,
  name: 'log notes',
  sql: `CREATE TABLE log_notes (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, text TEXT);
CREATE INDEX log_notes_by_incident ON log_notes (incident_id);`,
};
