import { encodeMessage, type Message } from './transport/messages';
import type { Membership } from './membership';
import type { Session } from './transport/sessions';

/** How long a device that is not a member has to present its invitation before its session is closed. */
const INVITATION_WAIT_MS = 10_000;
export const REVOKED = 'device revoked from this incident';
/** Ops whose arrival can change who is a member. */
const MEMBERSHIP_ENTITIES = ['admission', 'deviceRevocation', 'incident'];

const short = (id: string) => id.slice(0, 8);

export interface GateHost {
  membership: Membership;
  /** How many times the judge changed past verdicts in the incident (an admission or a revocation may be among them). */
  revision(incidentId: string): number;
  log(message: string): void;
  /** The device is revoked: stop dialing it. */
  forget(incidentId: string, deviceId: string): void;
  /** What the Consoles view shows of a session changed. */
  changed(incidentId: string): void;
}

/**
 * Who a session serves. A member console sends ops only to members; a device that is not one must present an
 * invitation as its first message, which a member turns into an admission op, or the session is closed with the
 * reason (sent to the device as `bye`). A console not yet admitted itself only takes ops. Sessions are looked at
 * again whenever ops change who is a member: revoked devices and refused admissions are closed, devices now
 * known are served.
 */
export class SessionGate {
  private readonly revisions = new Map<string, number>();

  constructor(private readonly host: GateHost) {}

  /** Presents this console's invitation if it holds one, then replicates, or waits for the device's invitation. */
  start(session: Session): void {
    const invitation = this.host.membership.held(session.incidentId);
    if (invitation) send(session, { type: 'admit', body: { invitationId: invitation.invitationId, token: invitation.token.toString('hex') } });
    if (session.access !== 'await') return session.replicator.open();
    const timer = setTimeout(() => this.refuse(session, 'no invitation presented: a console joins with a join code'), INVITATION_WAIT_MS);
    timer.unref();
    session.channel.onClose(() => clearTimeout(timer));
  }

  /** Answers whether the message was the gate's to handle (replication never sees what a device sends before it is admitted). */
  receive(session: Session, message: Message): boolean {
    if (message.type === 'bye') {
      this.host.log(`sync: ${short(session.incidentId)} ${short(session.deviceId)} closed the session: ${message.body.reason}`);
      session.channel.close(`closed by the other side: ${message.body.reason}`);
      return true;
    }
    if (session.access !== 'await') return message.type === 'admit';
    if (message.type !== 'admit') {
      this.refuse(session, 'not admitted to this incident: a console joins with a join code');
      return true;
    }
    const { membership } = this.host;
    // Admitted meanwhile on another connection of the same device (both dialed at once): nothing more to use up.
    if (!membership.isMember(session.incidentId, session.deviceId)) {
      const refused = membership.admit(session.incidentId, session.deviceId, message.body.invitationId, Buffer.from(message.body.token, 'hex'));
      if (refused) {
        this.refuse(session, refused);
        return true;
      }
      this.host.log(`sync: ${short(session.incidentId)} admitted ${short(session.deviceId)} by invitation`);
    }
    session.access = 'serve';
    session.replicator.open();
    this.host.changed(session.incidentId);
    return true;
  }

  /** After ops changed in an incident: closes what is no longer allowed and serves devices now known. */
  review(incidentId: string, entities: readonly string[], sessions: readonly Session[]): void {
    const revision = this.host.revision(incidentId);
    const rejudged = revision !== (this.revisions.get(incidentId) ?? 0);
    this.revisions.set(incidentId, revision);
    if (!rejudged && !entities.some((e) => MEMBERSHIP_ENTITIES.includes(e))) return;
    const { membership } = this.host;
    const member = membership.selfIsMember(incidentId);
    if (member) membership.held(incidentId);
    let changed = false;
    for (const s of sessions) {
      if (membership.isRevoked(incidentId, s.deviceId)) {
        s.channel.close(REVOKED);
        this.host.forget(incidentId, s.deviceId);
        continue;
      }
      if (s.access === 'await') continue;
      if (!member) {
        if (s.access === 'serve') s.access = 'receive';
        continue;
      }
      const known = membership.isMember(incidentId, s.deviceId);
      if (s.access === 'serve' && !known) this.refuse(s, 'its admission to this incident was refused');
      else if (s.access === 'receive' && known) {
        s.access = 'serve';
        changed = true;
      }
    }
    if (changed) this.host.changed(incidentId);
  }

  private refuse(session: Session, reason: string): void {
    this.host.log(`sync: ${short(session.incidentId)} refused ${short(session.deviceId)}: ${reason}`);
    send(session, { type: 'bye', body: { reason: reason.replace(/\s+/g, ' ').slice(0, 300) } });
    session.channel.close(reason);
  }
}

const send = (session: Session, message: Message): void => session.channel.send(encodeMessage(message));
