import { incidentFacts } from '../incident';
import { ledgerSlice, type Cuts, type Ledger } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

/** The consoles of an incident as the judge reads them: revocations that cut their chains, invitations, admissions. */
export class SyncFacts implements Cuts {
  /** Per revoked device, the last seq of its chain that takes effect. Not positional: a revocation cuts the chain. */
  private readonly cuts = new Map<string, number>();
  private readonly invitations = new Map<string, { expiresAt: number; from: Position }>();
  /** Per invitation, the first valid admission that used it, and whom it admitted: an invitation admits one device. */
  private readonly invitationUses = new Map<string, { at: Position; device: string }>();
  /** Per device, the place of its first valid admission. */
  private readonly admissions = new Map<string, Position>();

  cutOf(deviceId: string): number | undefined {
    return this.cuts.get(deviceId);
  }

  cutDevices(): Iterable<string> {
    return this.cuts.keys();
  }

  invitationAt(id: string, at: Position): { expiresAt: number } | null {
    const i = this.invitations.get(id);
    return i && i.from < at ? { expiresAt: i.expiresAt } : null;
  }

  /** Whether an earlier admission used the invitation for another device (two consoles admitting the same one is no second use). */
  invitationUsedBefore(id: string, at: Position, deviceId: string): boolean {
    const used = this.invitationUses.get(id);
    return used !== undefined && used.at < at && used.device !== deviceId;
  }

  admittedBefore(deviceId: string, at: Position): boolean {
    const admitted = this.admissions.get(deviceId);
    return admitted !== undefined && admitted < at;
  }

  // --- recorded by the revocation, invitation and admission entities as their valid ops are judged ---

  revoke(deviceId: string, lastSeq: number): void {
    this.cuts.set(deviceId, Math.min(lastSeq, this.cuts.get(deviceId) ?? Number.POSITIVE_INFINITY));
  }

  addInvitation(id: string, expiresAt: number, at: Position): void {
    if (!this.invitations.has(id)) this.invitations.set(id, { expiresAt, from: at });
  }

  admitDevice(deviceId: string, invitationId: string, at: Position): void {
    if (!this.invitationUses.has(invitationId)) this.invitationUses.set(invitationId, { at, device: deviceId });
    if (!this.admissions.has(deviceId)) this.admissions.set(deviceId, at);
  }
}

export const syncFacts = ledgerSlice(() => new SyncFacts());

/** Whether a device belongs to the incident at a place: it opened it or was admitted before. */
export const memberAt = (ledger: Ledger, deviceId: string, at: Position): boolean =>
  ledger.facts(incidentFacts).openedOn(deviceId, at) || ledger.facts(syncFacts).admittedBefore(deviceId, at);
