import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration002: Migration = {
  version: 2,
  name: 'incidents',
  sql: `CREATE TABLE incidents (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', name TEXT, kind TEXT, started_at TEXT, security_risk_level TEXT, security_risk_note TEXT, escalation_outlook TEXT, operational_period TEXT, area_description TEXT, mode TEXT, created_at TEXT);
CREATE INDEX incidents_by_incident ON incidents (incident_id);`,
};
