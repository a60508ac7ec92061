import type { Migration } from '../db/migrations';
import { projectionTableSql } from '../ops/entities';
import { admissionEntity, invitationEntity } from './invitation';

/**
 * Sync's local tables, never replicated: the join secret of each incident (random, 32 bytes, inside the
 * encrypted store and nowhere else) with its rotation epoch, and the peers an operator entered by hand.
 */
export const syncMigration: Migration = {
  name: 'sync secrets and manual peers',
  sql: `
    CREATE TABLE sync_secrets (
      incident_id TEXT PRIMARY KEY,
      secret BLOB NOT NULL,
      epoch INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE sync_peers (
      address TEXT PRIMARY KEY,
      added_at TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};

/**
 * Devices join and leave by ops: invitations and admissions (replicated, judged), the rotation a revocation vouches
 * for, and, local to a joining console, the invitation it presents until it sees itself admitted.
 */
export const membershipMigration: Migration = {
  name: 'invitations, admissions and rotations by revocation',
  sql: `
    ${projectionTableSql(invitationEntity)}
    ${projectionTableSql(admissionEntity)}
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
