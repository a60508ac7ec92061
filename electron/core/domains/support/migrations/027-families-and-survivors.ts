import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration027: Migration = {
  version: 27,
  name: 'families and survivors',
  sql: `CREATE TABLE households (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', kind TEXT, label TEXT, liaison_id TEXT, language TEXT, interpreter_needed INTEGER, consent TEXT, status TEXT, last_contact_at TEXT, sealed TEXT, keyring TEXT, created_at TEXT);
CREATE INDEX households_by_incident ON households (incident_id);
CREATE TABLE support_needs (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', household_id TEXT, field TEXT, summary TEXT, status TEXT, due_at TEXT, owner_id TEXT, created_at TEXT);
CREATE INDEX support_needs_by_household ON support_needs (household_id);
CREATE INDEX support_needs_by_incident ON support_needs (incident_id, status, due_at);
CREATE TABLE support_contacts (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, household_id TEXT, at TEXT, by TEXT, channel TEXT, sealed_note TEXT);
CREATE INDEX support_contacts_by_household ON support_contacts (household_id, at);
CREATE TABLE support_settings (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', reader_role_ids TEXT, contact_interval_hours INTEGER);
CREATE TABLE support_exports (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, households INTEGER, purpose TEXT);
CREATE INDEX support_exports_by_incident ON support_exports (incident_id);`,
};
