import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration006: Migration = {
  version: 6,
  name: 'actors, check-ins and stale setting',
  sql: `CREATE TABLE actors (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', kind TEXT, name TEXT, contact TEXT, role TEXT, location TEXT, latitude REAL, longitude REAL, status TEXT, last_check_in_at TEXT, created_at TEXT);
CREATE INDEX actors_by_incident ON actors (incident_id);
CREATE TABLE actor_check_ins (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, actor_id TEXT, actor_name TEXT, at TEXT, note TEXT);
CREATE INDEX actor_check_ins_by_incident ON actor_check_ins (incident_id);
CREATE TABLE actor_settings (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', stale_after_minutes REAL);
CREATE INDEX actor_settings_by_incident ON actor_settings (incident_id);
CREATE INDEX actors_by_check_in ON actors (incident_id, last_check_in_at);
CREATE INDEX actor_check_ins_by_actor ON actor_check_ins (actor_id, at);`,
};
