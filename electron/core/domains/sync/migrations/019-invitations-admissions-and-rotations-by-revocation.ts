import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 */
export const migration019: Migration = {
  version: 19,
  name: 'invitations, admissions and rotations by revocation',
  sql: `    CREATE TABLE invitations (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, label TEXT, expires_at TEXT, token_hash TEXT);
CREATE INDEX invitations_by_incident ON invitations (incident_id);
    CREATE TABLE admissions (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL, device_id TEXT NOT NULL, admitted_device TEXT, invitation_id TEXT);
CREATE INDEX admissions_by_incident ON admissions (incident_id);
    CREATE INDEX admissions_by_invitation ON admissions (incident_id, invitation_id);
    ALTER TABLE device_revocations ADD COLUMN epoch REAL;
    ALTER TABLE device_revocations ADD COLUMN secret_hash TEXT;
    CREATE TABLE sync_invitations_held (
      incident_id TEXT PRIMARY KEY,
      invitation_id TEXT NOT NULL,
      token BLOB NOT NULL
    ) WITHOUT ROWID;
  `,
};
