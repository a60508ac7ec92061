import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration020: Migration = {
  version: 20,
  name: 'promises',
  sql: `CREATE TABLE promises (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', text TEXT, made_to TEXT, owner_id TEXT, due_at TEXT, need_id TEXT, source_kind TEXT, source_id TEXT, status TEXT, outcome TEXT, created_at TEXT);
CREATE INDEX promises_by_due ON promises (incident_id, status, due_at);
CREATE INDEX promises_by_source ON promises (source_id);`,
};
