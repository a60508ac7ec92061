import type { Db } from '../../kernel/db/open';
import { rowsOf } from '../../kernel/db/rows';
import type { IncidentSecret } from './secrets';

/**
 * The only SQL reads on invitations, admissions and device revocations, and on this console's own tables (the join
 * secrets, the peers typed in, the invitation held until admitted). Membership and rotation ask on every session and
 * every secret offered, so their statements are prepared once per store.
 */

export const isRevoked = (db: Db, incidentId: string, deviceId: string): boolean =>
  rowsOf<{ one: number }>(db, 'SELECT 1 AS one FROM device_revocations WHERE incident_id = ? AND revoked_device = ?').get(incidentId, deviceId) !== undefined;

export const revokedDevices = (db: Db, incidentId: string): string[] =>
  rowsOf<{ revoked_device: string }>(db, 'SELECT revoked_device FROM device_revocations WHERE incident_id = ?')
    .all(incidentId)
    .map((r) => r.revoked_device);

export interface MembershipReads {
  isAdmitted(incidentId: string, deviceId: string): boolean;
  invitation(incidentId: string, invitationId: string): { expiresAt: string; tokenHash: string } | undefined;
  /** Whether a device other than `deviceId` was admitted with the invitation. */
  usedByAnother(incidentId: string, invitationId: string, deviceId: string): boolean;
  held(incidentId: string): { invitationId: string; token: Buffer } | undefined;
}

export function membershipReads(db: Db): MembershipReads {
  const admitted = rowsOf<{ one: number }>(db, 'SELECT 1 AS one FROM admissions WHERE incident_id = ? AND admitted_device = ?');
  const invitation = rowsOf<{ expiresAt: string; tokenHash: string }>(db, 'SELECT expires_at AS expiresAt, token_hash AS tokenHash FROM invitations WHERE incident_id = ? AND id = ?');
  const used = rowsOf<{ one: number }>(db, 'SELECT 1 AS one FROM admissions WHERE incident_id = ? AND invitation_id = ? AND admitted_device != ?');
  const held = rowsOf<{ invitationId: string; token: Buffer }>(db, 'SELECT invitation_id AS invitationId, token FROM sync_invitations_held WHERE incident_id = ?');
  return {
    isAdmitted: (incidentId, deviceId) => admitted.get(incidentId, deviceId) !== undefined,
    invitation: (incidentId, invitationId) => invitation.get(incidentId, invitationId),
    usedByAnother: (incidentId, invitationId, deviceId) => used.get(incidentId, invitationId, deviceId) !== undefined,
    held: (incidentId) => held.get(incidentId),
  };
}

/** The secret hash the first revocation of an epoch vouches for, by (HLC, device): every console takes the same. */
export function vouchingReads(db: Db): (incidentId: string, epoch: number) => string | undefined {
  const vouching = rowsOf<{ secretHash: string }>(
    db,
    'SELECT secret_hash AS secretHash FROM device_revocations WHERE incident_id = ? AND epoch = ? AND secret_hash IS NOT NULL ORDER BY hlc, device_id LIMIT 1',
  );
  return (incidentId, epoch) => vouching.get(incidentId, epoch)?.secretHash;
}

/** Who came in, with the invitation that let them in, in the order admitted. */
export const admissionsOf = (db: Db, incidentId: string): { deviceId: string; label: string; inviter: string; hlc: string }[] =>
  rowsOf<{ deviceId: string; label: string; inviter: string; hlc: string }>(
    db,
    `SELECT a.admitted_device AS deviceId, i.label, i.author AS inviter, a.hlc
     FROM admissions a JOIN invitations i ON i.incident_id = a.incident_id AND i.id = a.invitation_id
     WHERE a.incident_id = ? ORDER BY a.hlc`,
  ).all(incidentId);

/** Invitations nobody was admitted with yet, expired or not. */
export const unusedInvitations = (db: Db, incidentId: string): { id: string; label: string; expiresAt: string; author: string }[] =>
  rowsOf<{ id: string; label: string; expiresAt: string; author: string }>(
    db,
    `SELECT id, label, expires_at AS expiresAt, author FROM invitations i
     WHERE incident_id = ? AND NOT EXISTS (SELECT 1 FROM admissions a WHERE a.incident_id = i.incident_id AND a.invitation_id = i.id)
     ORDER BY hlc`,
  ).all(incidentId);

export const revocationsOf = (db: Db, incidentId: string): { deviceId: string; author: string; reason: string | null; hlc: string }[] =>
  rowsOf<{ deviceId: string; author: string; reason: string | null; hlc: string }>(
    db,
    'SELECT revoked_device AS deviceId, author, reason, hlc FROM device_revocations WHERE incident_id = ? ORDER BY hlc',
  ).all(incidentId);

interface SecretRow {
  incident_id: string;
  secret: Buffer;
  epoch: number;
}

const fromRow = (r: SecretRow): IncidentSecret => ({ incidentId: r.incident_id, secret: r.secret, epoch: r.epoch });

export function secretOf(db: Db, incidentId: string): IncidentSecret | undefined {
  const row = rowsOf<SecretRow>(db, 'SELECT incident_id, secret, epoch FROM sync_secrets WHERE incident_id = ?').get(incidentId);
  return row && fromRow(row);
}

export const allSecrets = (db: Db): IncidentSecret[] => rowsOf<SecretRow>(db, 'SELECT incident_id, secret, epoch FROM sync_secrets').all().map(fromRow);

/** The peer addresses typed in on this console, oldest first. */
export const storedPeerAddresses = (db: Db): string[] =>
  rowsOf<{ address: string }>(db, 'SELECT address FROM sync_peers ORDER BY added_at')
    .all()
    .map((r) => r.address);
