import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration028: Migration = {
  version: 28,
  name: 'playbooks',
  sql: `CREATE TABLE playbooks (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', title TEXT, source TEXT);
CREATE INDEX playbooks_by_incident ON playbooks (incident_id);
CREATE TABLE playbook_items (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', playbook_id TEXT, text TEXT, guidance TEXT, offset_minutes INTEGER, owner_role TEXT, state TEXT, state_note TEXT, done_at TEXT, done_by TEXT, link TEXT, position INTEGER);
CREATE INDEX playbook_items_by_playbook ON playbook_items (playbook_id, position);`,
};
