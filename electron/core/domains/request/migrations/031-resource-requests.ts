import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 * Requests are numbered by the place of their adding op (`created_hlc`, then id), hence the index on that order.
 */
export const migration031: Migration = {
  version: 31,
  name: 'resource-requests',
  sql: `CREATE TABLE resource_requests (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', what TEXT, quantity INTEGER, unit TEXT, needed_by TEXT, deliver_to TEXT, priority_id TEXT, note TEXT, requested_by TEXT, status TEXT, status_by TEXT, status_at TEXT, status_reason TEXT, created_at TEXT);
CREATE INDEX resource_requests_by_order ON resource_requests (incident_id, created_hlc, id);
CREATE INDEX resource_requests_by_need ON resource_requests (incident_id, needed_by);`,
};
