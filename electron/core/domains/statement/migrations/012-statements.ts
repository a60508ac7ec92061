import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration012: Migration = {
  version: 12,
  name: 'statements',
  sql: `CREATE TABLE statements (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', title TEXT, phase TEXT, audience TEXT, channels TEXT, sign_language INTEGER, update_interval_minutes REAL, follows TEXT, created_at TEXT);
CREATE INDEX statements_by_incident ON statements (incident_id);
CREATE TABLE statement_variants (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', statement_id TEXT, language TEXT, translation_status TEXT, translator TEXT);
CREATE INDEX statement_variants_by_incident ON statement_variants (incident_id);
CREATE TABLE statement_revisions (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, statement_id TEXT, language TEXT, text TEXT, hash TEXT, parent_id TEXT);
CREATE INDEX statement_revisions_by_incident ON statement_revisions (incident_id);
CREATE TABLE statement_approvals (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, statement_id TEXT, revision_id TEXT, hash TEXT, language TEXT, acknowledged_perpetrator_names INTEGER);
CREATE INDEX statement_approvals_by_incident ON statement_approvals (incident_id);
CREATE TABLE statement_transitions (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, statement_id TEXT, kind TEXT, channels TEXT, revision_ids TEXT, note TEXT);
CREATE INDEX statement_transitions_by_incident ON statement_transitions (incident_id);
CREATE TABLE statement_comments (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, statement_id TEXT, language TEXT, text TEXT);
CREATE INDEX statement_comments_by_incident ON statement_comments (incident_id);
CREATE INDEX statement_variants_by_statement ON statement_variants (statement_id);
CREATE INDEX statement_revisions_by_statement ON statement_revisions (statement_id);
CREATE INDEX statement_approvals_by_statement ON statement_approvals (statement_id);
CREATE INDEX statement_transitions_by_statement ON statement_transitions (statement_id);
CREATE INDEX statement_comments_by_statement ON statement_comments (statement_id);
CREATE INDEX statement_approvals_by_revision ON statement_approvals (revision_id);`,
};
