import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../kernel/db/open';
import { vouchingReads } from './read';
import { secretCommitment, type IncidentSecret, type SecretStore } from './secrets';

/** A secret may wait for its revocation this many epochs ahead of the one held: rotations close together. */
const PENDING_AHEAD = 4;
/**
 * Secrets waiting for their revocation op, per incident, at most: each sender holds one per epoch of the window, so
 * a peer sending junk fills its own few places and pushes out nobody else's until this many senders do it at once.
 */
const PENDING_MAX = 256;

interface Waiting {
  epoch: number;
  secret: Buffer;
}

type Verdict = 'taken' | 'wait' | 'drop';

/**
 * The incident secret moves only by valid revocation ops. A revocation names the epoch it rotates to (the one its
 * console held, plus one) and commits to the new secret; a `secret` message is taken only when such a revocation,
 * held here and accepted by the judge, names exactly the next epoch and its commitment matches. Anything else a
 * peer sends is ignored, or kept a while in case its revocation op is still on the way (ops and secrets travel on
 * different sessions, and a full window can put the op behind the secret).
 *
 * Two consoles revoking at once may both name the same epoch: the revocation first in the judge's order decides
 * its secret, so a console that took the other one takes the first one's once it hears of it, at the same epoch.
 */
export class SecretRotation {
  private readonly waiting = new Map<string, Map<string, Waiting>>();
  private readonly vouching: (incidentId: string, epoch: number) => string | undefined;

  constructor(
    db: Db,
    private readonly secrets: SecretStore,
  ) {
    this.vouching = vouchingReads(db);
  }

  /** The secret a revocation rotates to, and the fields its op carries (never the secret itself). */
  next(incidentId: string): { secret: IncidentSecret; fields: { epoch: number; secretHash: string } } {
    const held = this.secrets.ensure(incidentId);
    const secret: IncidentSecret = { incidentId, secret: randomBytes(32), epoch: held.epoch + 1 };
    return { secret, fields: { epoch: secret.epoch, secretHash: secretCommitment(incidentId, secret.epoch, secret.secret) } };
  }

  /** A `secret` message from a peer: answers the secrets taken because of it (none, or it and those it unblocked). */
  offer(incidentId: string, from: string, epoch: number, secret: Buffer): IncidentSecret[] {
    const verdict = this.judge(incidentId, epoch, secret);
    if (verdict === 'wait') this.hold(incidentId, `${from}/${epoch}`, { epoch, secret });
    return verdict === 'taken' ? [this.held(incidentId), ...this.recheck(incidentId)] : [];
  }

  /** After revocation ops arrived: takes the waiting secrets they vouch for, in epoch order. */
  recheck(incidentId: string): IncidentSecret[] {
    const waiting = this.waiting.get(incidentId);
    const taken: IncidentSecret[] = [];
    for (let progress = waiting !== undefined; progress; ) {
      progress = false;
      for (const [key, w] of waiting ?? []) {
        const verdict = this.judge(incidentId, w.epoch, w.secret);
        if (verdict === 'wait') continue;
        waiting?.delete(key);
        if (verdict === 'taken') {
          taken.push(this.held(incidentId));
          progress = true;
        }
      }
    }
    if (waiting?.size === 0) this.waiting.delete(incidentId);
    return taken;
  }

  private judge(incidentId: string, epoch: number, secret: Buffer): Verdict {
    const held = this.secrets.get(incidentId);
    if (!held || epoch < held.epoch || epoch > held.epoch + PENDING_AHEAD) return 'drop';
    if (epoch === held.epoch && held.secret.equals(secret)) return 'drop';
    if (epoch <= held.epoch + 1 && this.vouched(incidentId, epoch, secret)) {
      this.secrets.put({ incidentId, secret, epoch });
      return 'taken';
    }
    return 'wait';
  }

  private vouched(incidentId: string, epoch: number, secret: Buffer): boolean {
    const secretHash = this.vouching(incidentId, epoch);
    return secretHash !== undefined && timingSafeEqual(Buffer.from(secretHash, 'hex'), Buffer.from(secretCommitment(incidentId, epoch, secret), 'hex'));
  }

  private held(incidentId: string): IncidentSecret {
    const held = this.secrets.get(incidentId);
    if (!held) throw new Error('a secret taken is held');
    return held;
  }

  private hold(incidentId: string, key: string, w: Waiting): void {
    const waiting = this.waiting.get(incidentId) ?? new Map<string, Waiting>();
    this.waiting.set(incidentId, waiting);
    // Insertion order is age: the oldest goes first when full.
    waiting.delete(key);
    if (waiting.size >= PENDING_MAX) waiting.delete(waiting.keys().next().value ?? key);
    waiting.set(key, w);
  }
}
