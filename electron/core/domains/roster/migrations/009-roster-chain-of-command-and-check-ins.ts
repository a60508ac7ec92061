import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration009: Migration = {
  version: 9,
  name: 'roster, chain of command and check-ins',
  sql: `CREATE TABLE people (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', name TEXT, agency TEXT, contact TEXT, languages TEXT, pin_hash TEXT);
CREATE INDEX people_by_incident ON people (incident_id);
CREATE TABLE roles (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', name TEXT, kind TEXT, reports_to TEXT, decides TEXT, cadence_minutes REAL);
CREATE INDEX roles_by_incident ON roles (incident_id);
CREATE TABLE assignments (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', person_id TEXT, role_id TEXT, shift_start TEXT, shift_end TEXT, ended_at TEXT);
CREATE INDEX assignments_by_incident ON assignments (incident_id);
CREATE TABLE check_ins (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, role_id TEXT, note TEXT);
CREATE INDEX check_ins_by_incident ON check_ins (incident_id);
CREATE INDEX assignments_by_person ON assignments (incident_id, person_id);`,
};
