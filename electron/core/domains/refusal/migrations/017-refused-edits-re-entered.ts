import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration017: Migration = {
  version: 17,
  name: 'refused edits re-entered',
  sql: `CREATE TABLE refusal_reentries (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, refused_device TEXT, refused_seq REAL);
CREATE INDEX refusal_reentries_by_incident ON refusal_reentries (incident_id);
CREATE INDEX refusal_reentries_by_op ON refusal_reentries (incident_id, refused_device, refused_seq);`,
};
