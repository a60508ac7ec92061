import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration021: Migration = {
  version: 21,
  name: 'rumours',
  sql: `CREATE TABLE rumours (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', claim TEXT, first_seen_at TEXT, first_seen_where TEXT, reach INTEGER, target_need_ids TEXT, status TEXT, verification_source TEXT, verified_by TEXT, verified_at TEXT, facts TEXT, false_phrases TEXT, owner_id TEXT, correction_ids TEXT, created_at TEXT);
CREATE INDEX rumours_by_incident ON rumours (incident_id);
CREATE INDEX rumours_by_status ON rumours (incident_id, status, reach);
CREATE INDEX rumours_by_first_seen ON rumours (incident_id, first_seen_at);`,
};
