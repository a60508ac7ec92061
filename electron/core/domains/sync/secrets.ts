import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from '../../kernel/db/open';
import { allSecrets, secretOf } from './read';

export interface IncidentSecret {
  incidentId: string;
  secret: Buffer;
  /** Moves by one at each rotation, each vouched for by a revocation op (rotation.ts). */
  epoch: number;
}

/**
 * What a revocation op carries instead of the secret it rotates to (ops reach every device, the revoked one too):
 * a hash over a domain-separated encoding of incident, epoch and secret, so it vouches for one secret of one epoch.
 */
export function secretCommitment(incidentId: string, epoch: number, secret: Buffer): string {
  const id = Buffer.from(incidentId, 'utf8');
  const head = Buffer.alloc(8);
  head.writeUInt32BE(id.length);
  head.writeUInt32BE(epoch, 4);
  return createHash('sha256').update('concord secret commitment v1\0').update(head).update(id).update(secret).digest('hex');
}

/** 16 bytes of HMAC: enough to tell a console's incidents apart, too short to matter if seen on the network. */
const TAG_BYTES = 16;

/** The Noise pre-shared key: HKDF of the join secret, bound to the incident, separate from the beacon tag's use. */
export const pskFor = (s: IncidentSecret): Buffer =>
  Buffer.from(hkdfSync('sha256', s.secret, Buffer.from(s.incidentId), 'concord sync noise psk v1', 32));

/** A keyed tag of the incident: beacons and handshakes name the incident by it, never by its id or name. */
export const tagFor = (s: IncidentSecret): Buffer =>
  createHmac('sha256', s.secret).update(`concord incident tag v1:${s.incidentId}`).digest().subarray(0, TAG_BYTES);

/** The join secrets this console holds, in its encrypted store. */
export class SecretStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => string,
  ) {}

  get(incidentId: string): IncidentSecret | undefined {
    return secretOf(this.db, incidentId);
  }

  /** The incident's secret, made on first need: an incident is shared only once someone asks for its join code. */
  ensure(incidentId: string): IncidentSecret {
    return this.get(incidentId) ?? this.put({ incidentId, secret: randomBytes(32), epoch: 1 });
  }

  /**
   * A join code's secret, which a person typed in: kept unless this console already holds that epoch or a later one
   * (a code shown before the last rotation). Secrets from peers go through rotation.ts instead.
   */
  takeFromCode(s: IncidentSecret): void {
    const current = this.get(s.incidentId);
    if (!current || current.epoch < s.epoch) this.put(s);
  }

  all(): IncidentSecret[] {
    return allSecrets(this.db);
  }

  /** The incident a handshake's tag names, if this console holds it. */
  byTag(tag: Buffer): IncidentSecret | undefined {
    return this.all().find((s) => tagFor(s).equals(tag));
  }

  put(s: IncidentSecret): IncidentSecret {
    this.db
      .prepare(
        'INSERT INTO sync_secrets (incident_id, secret, epoch, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET secret = excluded.secret, epoch = excluded.epoch, updated_at = excluded.updated_at',
      )
      .run(s.incidentId, s.secret, s.epoch, this.now());
    return s;
  }
}
