import type { PeersView } from '../../../../shared/domain/sync';
import { HybridClock } from '../../kernel/ops/hlc';
import type { Workspace } from '../../kernel/store/workspace';
import { admissionsOf, revocationsOf, unusedInvitations } from './read';

type MembershipLists = Pick<PeersView, 'admitted' | 'invitations' | 'revocations'>;

/**
 * Who came in and who was put out, from the valid ops this console holds: admitted devices with the invitation that
 * let them in, invitations still open by this console's clock, and revocations. `names` maps authors to people.
 */
export function membershipView(ws: Workspace, incidentId: string, names: ReadonlyMap<string, string>): MembershipLists {
  const nameOf = (author: string) => names.get(author) ?? author;
  const admitted = admissionsOf(ws.db, incidentId);
  const now = ws.clock.now();
  const unused = unusedInvitations(ws.db, incidentId);
  // Compared as instants: a peer may have written the deadline with another offset.
  const open = unused.filter((r) => Date.parse(r.expiresAt) > now);
  const revoked = revocationsOf(ws.db, incidentId);
  return {
    // A device two consoles admitted at once is listed once, by its first admission.
    admitted: admitted.filter((r, i) => admitted.findIndex((x) => x.deviceId === r.deviceId) === i).map((r) => ({ deviceId: r.deviceId, label: r.label, invitedBy: nameOf(r.inviter), admittedAt: HybridClock.toIso(r.hlc) })),
    invitations: open.map((r) => ({ id: r.id, label: r.label, expiresAt: r.expiresAt, invitedBy: nameOf(r.author) })),
    revocations: revoked.map((r) => ({ deviceId: r.deviceId, revokedBy: nameOf(r.author), reason: r.reason ?? '', revokedAt: HybridClock.toIso(r.hlc) })),
  };
}
