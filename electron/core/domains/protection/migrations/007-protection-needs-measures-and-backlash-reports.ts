import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration007: Migration = {
  version: 7,
  name: 'protection needs, measures and backlash reports',
  sql: `CREATE TABLE protection_needs (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', subject TEXT, name TEXT, community_kind TEXT, site_kind TEXT, address TEXT, risk_level TEXT, languages TEXT, notes TEXT, status TEXT, last_contact_at TEXT, last_contact_by TEXT, created_at TEXT);
CREATE INDEX protection_needs_by_incident ON protection_needs (incident_id);
CREATE TABLE protection_measures (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', need_id TEXT, kind TEXT, description TEXT, actor_id TEXT, status TEXT, created_at TEXT);
CREATE INDEX protection_measures_by_incident ON protection_measures (incident_id);
CREATE TABLE backlash_reports (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, need_id TEXT, occurred_at TEXT, place TEXT, kind TEXT, community TEXT, source TEXT, verified INTEGER, description TEXT);
CREATE INDEX backlash_reports_by_incident ON backlash_reports (incident_id);
CREATE INDEX protection_measures_by_need ON protection_measures (need_id);
CREATE INDEX backlash_reports_by_time ON backlash_reports (incident_id, occurred_at);`,
};
