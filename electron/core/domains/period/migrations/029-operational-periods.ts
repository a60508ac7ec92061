import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration029: Migration = {
  version: 29,
  name: 'operational periods',
  sql: `CREATE TABLE operational_periods (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', number INTEGER, started_at TEXT, planned_end_at TEXT, objective_ids TEXT, lead_id TEXT, handover_note TEXT, closed_at TEXT, closed_by TEXT);
CREATE INDEX operational_periods_by_number ON operational_periods (incident_id, number);`,
};
