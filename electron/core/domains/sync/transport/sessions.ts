import type { Access } from '../membership';
import type { SecureChannel } from './noise-session';
import type { Replicator } from './replication';

/** One live connection: an incident, the device at the other end, and the replication running over it. */
export interface Session {
  incidentId: string;
  deviceId: string;
  address: string;
  channel: SecureChannel;
  replicator: Replicator;
  /** Which side dialed: decides which of two simultaneous connections between the same pair survives. */
  initiatorId: string;
  /** Whether ops go to the device (see Membership.accessFor); changes as admissions arrive. */
  access: Access;
}

/** Live sessions by incident and remote device, at most one per pair. */
export class SessionTable {
  private readonly byIncident = new Map<string, Map<string, Session>>();

  get(incidentId: string, deviceId: string): Session | undefined {
    const s = this.byIncident.get(incidentId)?.get(deviceId);
    return s && !s.channel.closed ? s : undefined;
  }

  of(incidentId: string): Session[] {
    return [...(this.byIncident.get(incidentId)?.values() ?? [])].filter((s) => !s.channel.closed);
  }

  all(): Session[] {
    return [...this.byIncident.keys()].flatMap((id) => this.of(id));
  }

  /**
   * Adds a session unless one between the same pair is kept instead. Both ends apply the same rule, so when two
   * consoles dial each other at once they keep the same connection: the one dialed by the smaller device id
   * (or, from the same dialer, the newer one, the older being likely dead). Answers whether it was kept.
   */
  add(session: Session, localId: string): boolean {
    const existing = this.get(session.incidentId, session.deviceId);
    if (existing) {
      const preferNew =
        existing.initiatorId === session.initiatorId || session.initiatorId === [localId, session.deviceId].sort()[0];
      if (!preferNew) return false;
      existing.channel.close('replaced by a newer connection');
    }
    let table = this.byIncident.get(session.incidentId);
    if (!table) {
      table = new Map();
      this.byIncident.set(session.incidentId, table);
    }
    table.set(session.deviceId, session);
    return true;
  }

  remove(session: Session): void {
    const table = this.byIncident.get(session.incidentId);
    if (table?.get(session.deviceId) === session) table.delete(session.deviceId);
  }
}
