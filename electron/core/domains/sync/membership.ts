import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { ConcordError } from '../../../../shared/result';
import { newId } from '../../kernel/ops/ids';
import { consoleAuthor } from '../../kernel/ops/verdict';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { admissionEntity, INVITATION_TTL_MS, invitationEntity, tokenHashOf } from './invitation';
import { INVITATION_TOKEN_BYTES } from './join-code';
import { incidentOpenedAt } from '../incident';
import { isRevoked, membershipReads, type MembershipReads } from './read';

/** What a session may do: send ops to the device, only take its ops, or wait for its invitation first. */
export type Access = 'serve' | 'receive' | 'await';

export interface Invitation {
  invitationId: string;
  token: Buffer;
  label: string;
  expiresAt: string;
}

/**
 * Which devices belong to an incident, as this console's ops say: the device that opened it and those a valid
 * admission op admitted. Only a member serves ops, and only to members; a device that is neither must present an
 * invitation first, which a member turns into an admission op. What a member serves is every authentic op it holds,
 * as everywhere: an op a device outside wrote and a member pushed anyway takes effect only if the person it names
 * signed it and may do it, and it reaches every console, so all show the same picture.
 */
export class Membership {
  /** The device that opened each incident: fixed once its opening is held, so read once. */
  private readonly openers = new Map<string, string>();
  private readonly reads: MembershipReads;
  private readonly s: Record<'hold' | 'drop', Statement>;

  constructor(private readonly ws: Workspace) {
    const db = ws.db;
    this.reads = membershipReads(db);
    this.s = {
      hold: db.prepare(
        'INSERT INTO sync_invitations_held (incident_id, invitation_id, token) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET invitation_id = excluded.invitation_id, token = excluded.token',
      ),
      drop: db.prepare('DELETE FROM sync_invitations_held WHERE incident_id = ?'),
    };
  }

  opener(incidentId: string): string | null {
    const known = this.openers.get(incidentId);
    if (known) return known;
    // The incident's opening is the op its record was created by: the incident domain's table says when.
    const opened = incidentOpenedAt(this.ws, incidentId);
    const deviceId = opened ? opHistory(this.ws.db).writerOf(incidentId, 'incident', 'add', opened) : undefined;
    if (deviceId) this.openers.set(incidentId, deviceId);
    return deviceId ?? null;
  }

  isMember(incidentId: string, deviceId: string): boolean {
    return this.opener(incidentId) === deviceId || this.reads.isAdmitted(incidentId, deviceId);
  }

  /** Whether this console belongs to the incident yet: until its admission arrives it serves nothing. */
  selfIsMember(incidentId: string): boolean {
    return this.isMember(incidentId, this.ws.device.deviceId);
  }

  isRevoked(incidentId: string, deviceId: string): boolean {
    return isRevoked(this.ws.db, incidentId, deviceId);
  }

  /** What a new session with a device may do; null when the device is revoked and the session must close. */
  accessFor(incidentId: string, deviceId: string): Access | null {
    if (this.isRevoked(incidentId, deviceId)) return null;
    // A console still waiting for its own admission cannot tell members apart: it takes ops and gives none.
    if (!this.selfIsMember(incidentId)) return 'receive';
    return this.isMember(incidentId, deviceId) ? 'serve' : 'await';
  }

  /** Mints an invitation (an op, judged like every other: `inviteDevices`); the token goes only into the join code. */
  invite(incidentId: string, label: string): Invitation {
    const token = randomBytes(INVITATION_TOKEN_BYTES);
    const invitationId = newId();
    const expiresAt = new Date(this.ws.clock.now() + INVITATION_TTL_MS).toISOString();
    this.ws.ops.commit(incidentId, this.ws.author(), [
      { entity: invitationEntity.name, entityId: invitationId, action: 'add', fields: { label, expiresAt, tokenHash: tokenHashOf(token) } },
    ]);
    return { invitationId, token, label, expiresAt };
  }

  /**
   * A device presented an invitation: admits it with an admission op if the invitation stands here, has not
   * expired by this console's clock, matches the token and was not used; else answers why not.
   */
  admit(incidentId: string, deviceId: string, invitationId: string, token: Buffer): string | null {
    const invitation = this.reads.invitation(incidentId, invitationId);
    if (!invitation) return 'this console holds no such invitation: the code may be from another incident, or not here yet';
    if (Date.parse(invitation.expiresAt) <= this.ws.clock.now()) return 'the invitation has expired: ask for a new join code';
    if (!timingSafeEqual(Buffer.from(tokenHashOf(token), 'hex'), Buffer.from(invitation.tokenHash, 'hex'))) return 'the join code does not match its invitation';
    if (this.reads.usedByAnother(incidentId, invitationId, deviceId)) return 'the invitation was already used: ask for a new join code';
    try {
      // Written by the console, not by whoever is signed in: the console checked the token, nobody's role is claimed.
      this.ws.ops.commit(incidentId, consoleAuthor(this.ws.device.deviceId), [
        { entity: admissionEntity.name, entityId: newId(), action: 'add', fields: { admittedDevice: deviceId, invitationId } },
      ]);
      return null;
    } catch (error) {
      if (error instanceof ConcordError) return error.message;
      throw error;
    }
  }

  /** Keeps a join code's invitation, to present until this console sees itself admitted. */
  hold(incidentId: string, invitationId: string, token: Buffer): void {
    this.s.hold.run(incidentId, invitationId, token);
  }

  /** The invitation to present to a console of the incident, while this console is not a member yet. */
  held(incidentId: string): { invitationId: string; token: Buffer } | null {
    if (this.selfIsMember(incidentId)) {
      this.s.drop.run(incidentId);
      return null;
    }
    return this.reads.held(incidentId) ?? null;
  }
}
