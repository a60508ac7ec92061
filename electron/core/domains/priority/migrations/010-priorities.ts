import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration010: Migration = {
  version: 10,
  name: 'priorities',
  sql: `CREATE TABLE priorities (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', title TEXT, rationale TEXT, visibility TEXT, rank TEXT);
CREATE INDEX priorities_by_incident ON priorities (incident_id);`,
};
