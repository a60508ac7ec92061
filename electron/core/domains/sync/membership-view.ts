import type { PeersView } from '../../../../shared/domain/sync';
import { HybridClock } from '../../kernel/ops/hlc';
import type { Workspace } from '../../kernel/store/workspace';

type MembershipLists = Pick<PeersView, 'admitted' | 'invitations' | 'revocations'>;

/**
 * Who came in and who was put out, from the valid ops this console holds: admitted devices with the invitation that
 * let them in, invitations still open by this console's clock, and revocations. `names` maps authors to people.
 */
export function membershipView(ws: Workspace, incidentId: string, names: ReadonlyMap<string, string>): MembershipLists {
  const nameOf = (author: string) => names.get(author) ?? author;
  const admitted = ws.db
    .prepare(
      `SELECT a.admitted_device AS deviceId, i.label, i.author AS inviter, a.hlc
       FROM admissions a JOIN invitations i ON i.incident_id = a.incident_id AND i.id = a.invitation_id
       WHERE a.incident_id = ? ORDER BY a.hlc`,
    )
    .all(incidentId) as { deviceId: string; label: string; inviter: string; hlc: string }[];
  const now = ws.clock.now();
  const unused = ws.db
    .prepare(
      `SELECT id, label, expires_at AS expiresAt, author FROM invitations i
       WHERE incident_id = ? AND NOT EXISTS (SELECT 1 FROM admissions a WHERE a.incident_id = i.incident_id AND a.invitation_id = i.id)
       ORDER BY hlc`,
    )
    .all(incidentId) as { id: string; label: string; expiresAt: string; author: string }[];
  // Compared as instants: a peer may have written the deadline with another offset.
  const open = unused.filter((r) => Date.parse(r.expiresAt) > now);
  const revoked = ws.db
    .prepare('SELECT revoked_device AS deviceId, author, reason, hlc FROM device_revocations WHERE incident_id = ? ORDER BY hlc')
    .all(incidentId) as { deviceId: string; author: string; reason: string | null; hlc: string }[];
  return {
    // A device two consoles admitted at once is listed once, by its first admission.
    admitted: admitted.filter((r, i) => admitted.findIndex((x) => x.deviceId === r.deviceId) === i).map((r) => ({ deviceId: r.deviceId, label: r.label, invitedBy: nameOf(r.inviter), admittedAt: HybridClock.toIso(r.hlc) })),
    invitations: open.map((r) => ({ id: r.id, label: r.label, expiresAt: r.expiresAt, invitedBy: nameOf(r.author) })),
    revocations: revoked.map((r) => ({ deviceId: r.deviceId, revokedBy: nameOf(r.author), reason: r.reason ?? '', revokedAt: HybridClock.toIso(r.hlc) })),
  };
}
