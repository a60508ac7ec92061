import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration023: Migration = {
  version: 23,
  name: 'community engagements',
  sql: `CREATE TABLE engagements (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', need_id TEXT, kind TEXT, at TEXT, participant_ids TEXT, community_participants TEXT, entry_point_ids TEXT, temperature TEXT, trend TEXT, concerns TEXT, needs TEXT, rumour_ids TEXT, notes TEXT, created_at TEXT);
CREATE INDEX engagements_by_time ON engagements (incident_id, at);
CREATE INDEX engagements_by_need ON engagements (need_id, at);`,
};
