import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 * Also indexes the op log by entity, for the task status history that replays it.
 */
export const migration008: Migration = {
  version: 8,
  name: 'tasks',
  sql: `CREATE TABLE tasks (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', title TEXT, details TEXT, owner_id TEXT, due_at TEXT, status TEXT, priority_id TEXT, protection_need_id TEXT, actor_id TEXT, created_at TEXT);
CREATE INDEX tasks_by_incident ON tasks (incident_id);
CREATE INDEX tasks_by_status ON tasks (incident_id, status, due_at);
CREATE INDEX tasks_by_due ON tasks (incident_id, due_at);
CREATE INDEX ops_by_entity ON ops (incident_id, entity, hlc);`,
};
