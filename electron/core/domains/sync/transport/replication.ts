import type { Op } from '../../../../../shared/domain/op';
import { ConcordError } from '../../../../../shared/result';
import type { OpLog } from '../../../kernel/ops/op-log';
import { MAX_DRIFT_MS } from '../../../kernel/ops/hlc';
import { decodeBatch, encodeBatch } from './batch-codec';
import { encodeMessage, mergeVv, opsAhead, sameVv, type Hello, type Message, type VersionVector } from './messages';
import type { OpStream } from './op-stream';

/** A 4-byte length and a 16-byte Poly1305 tag per frame. */
const FRAME_OVERHEAD = 4 + 16;

/** Quiet time after the last batch before the state hashes are compared: a hash reads every record of the incident. */
export const DIGEST_AFTER_MS = 1_500;

/** Ops per batch: big enough that a catch-up is a few hundred transactions, small enough to show progress. */
export const BATCH_TARGET = 2_000;
/** Batches sent before the first is acknowledged: the sender encodes the next while the receiver applies one. */
export const WINDOW = 3;

export interface ReplicaHost {
  incidentId: string;
  ops: OpLog;
  stream: OpStream;
  now(): number;
  epoch(): number;
  /** Told after a batch from this peer was applied, with the count applied. */
  onApplied?(count: number): void;
  /** This console's state hash of the incident (what `incident:stateHash` answers). */
  stateHash(): string;
  /** Told when the comparison of state hashes with this peer changes. */
  onDisagreement?(): void;
  /**
   * What this console may send the peer: its version vector without the devices whose ops are not passed on, or
   * null while it sends the peer nothing (not admitted, or this console not yet). Everything, when absent.
   */
  outgoing?(): VersionVector | null;
}

export interface CatchUp {
  received: number;
  expected: number;
}

/**
 * Replication of one incident with one peer, over any ordered channel. Both sides run the same code:
 *  - each opens with `hello` (its version vector); the other then streams what it lacks, `WINDOW` batches ahead
 *    of the acknowledgements (`have`), in HLC order, each batch applied in one transaction by `applyRemote`;
 *  - new ops (local or relayed from a third console) are pushed the same way as soon as the op log changes;
 *  - a batch that does not follow on what this console holds (a lost or reordered message) is answered with a
 *    new `hello`, which resets what the sender believes this console holds; a duplicate is skipped by seq.
 * What a console applied stays applied: it answers `have` only after the transaction committed, so an op a
 * peer has seen acknowledged is never lost, and a console killed mid-batch resumes from its version vector.
 */
export class Replicator {
  /** What the peer is known to hold: its hello, raised by every batch sent and every `have`. */
  private known: VersionVector = {};
  private inFlight = 0;
  private started = false;
  peerVv: VersionVector = {};
  clockOffsetMs = 0;
  lastSeen = 0;
  catchUp: CatchUp = { received: 0, expected: 0 };
  /**
   * Devices whose ops this session no longer applies, with why. Kept per session: a peer that sends a forged op
   * of an honest device gets only itself ignored for that device; an op every console refuses is refused again
   * whoever relays it.
   */
  readonly refusals = new Map<string, string>();
  /** Whether the peer, holding exactly what this console holds, reported another state hash; null until compared. */
  disagrees: boolean | null = null;

  /** Bytes this session put on the wire: messages, their type byte, and per frame the length and the AEAD tag. */
  wireBytes = 0;

  /** Set while a peer's ops wait for the clocks to agree: when to ask for them again. */
  private retry: NodeJS.Timeout | null = null;

  /**
   * Ops stamped too far ahead are held back, never refused: once the clocks agree they go in. The peer is asked to
   * send again from what this console holds when the earliest of them is within reach (at most a minute away).
   */
  private readonly applyOptions = {
    hashesRebuilt: true,
    onHeldBack: (_device: string, aheadMs: number) => {
      if (this.retry) return;
      const wait = Math.min(60_000, Math.max(1_000, aheadMs - MAX_DRIFT_MS + 1_000));
      this.retry = setTimeout(() => {
        this.retry = null;
        this.sendHello();
      }, wait);
      this.retry.unref();
    },
  };

  private digestTimer: NodeJS.Timeout | null = null;

  /** Stops the timers when the session ends. */
  close(): void {
    if (this.retry) clearTimeout(this.retry);
    if (this.digestTimer) clearTimeout(this.digestTimer);
    this.retry = null;
    this.digestTimer = null;
  }

  /** Once nothing has moved for a while and both sides hold the same ops, sends this console's state hash. */
  private scheduleDigest(): void {
    if (this.digestTimer) clearTimeout(this.digestTimer);
    this.digestTimer = setTimeout(() => {
      this.digestTimer = null;
      const mine = this.host.ops.versionVector(this.host.incidentId);
      if (this.inFlight > 0 || !sameVv(mine, this.peerVv)) return;
      this.send({ type: 'digest', body: { vv: mine, hash: this.host.stateHash() } });
    }, DIGEST_AFTER_MS);
    this.digestTimer.unref();
  }

  private onDigest(digest: { vv: VersionVector; hash: string }): void {
    this.peerVv = mergeVv(this.peerVv, digest.vv);
    // Only a peer holding exactly these ops must hold exactly this picture; otherwise one of us is still catching up.
    if (!sameVv(digest.vv, this.host.ops.versionVector(this.host.incidentId))) return;
    const disagrees = digest.hash !== this.host.stateHash();
    if (disagrees === this.disagrees) return;
    this.disagrees = disagrees;
    this.host.onDisagreement?.();
  }

  constructor(
    private readonly host: ReplicaHost,
    private readonly transmit: (message: Message) => void,
  ) {}

  private send(message: Message): void {
    this.wireBytes += (message.type === 'ops' ? message.body.length + 1 : encodeMessage(message).length) + FRAME_OVERHEAD;
    this.transmit(message);
  }

  open(): void {
    this.sendHello();
  }

  private sendHello(): void {
    const vv = this.host.ops.versionVector(this.host.incidentId);
    this.send({ type: 'hello', body: { v: 1, vv, now: this.host.now(), epoch: this.host.epoch() } });
  }

  receive(message: Message): void {
    this.lastSeen = this.host.now();
    switch (message.type) {
      case 'hello':
        return this.onHello(message.body);
      case 'have':
        this.inFlight = Math.max(0, this.inFlight - 1);
        this.known = mergeVv(this.known, message.body.vv);
        this.peerVv = mergeVv(this.peerVv, message.body.vv);
        return this.pump();
      case 'ops':
        return this.onOps(decodeBatch(this.host.incidentId, message.body));
      case 'secret':
      case 'admit':
      case 'bye':
        return;
      case 'digest':
        return this.onDigest(message.body);
    }
  }

  private onHello(hello: Hello): void {
    this.known = { ...hello.vv };
    this.peerVv = mergeVv(this.peerVv, hello.vv);
    this.inFlight = 0;
    this.clockOffsetMs = hello.now - this.host.now();
    const mine = this.host.ops.versionVector(this.host.incidentId);
    this.catchUp = { received: 0, expected: opsAhead(hello.vv, mine) };
    this.started = true;
    this.pump();
  }

  /** Sends what the peer lacks, up to the window. Called on hello, on every ack and whenever the op log changes. */
  pump(): void {
    if (!this.started) return;
    while (this.inFlight < WINDOW) {
      const mine = this.host.outgoing ? this.host.outgoing() : this.host.ops.versionVector(this.host.incidentId);
      if (!mine) return;
      const batch = this.host.stream.nextBatch(this.host.incidentId, mine, this.known, BATCH_TARGET);
      if (batch.length === 0) {
        if (this.inFlight === 0) this.scheduleDigest();
        return;
      }
      const body = encodeBatch(batch);
      this.send({ type: 'ops', body });
      for (const op of batch) if (op.seq > (this.known[op.deviceId] ?? 0)) this.known[op.deviceId] = op.seq;
      this.inFlight += 1;
    }
  }

  private onOps(batch: Op[]): void {
    for (const op of batch) if (op.seq > (this.peerVv[op.deviceId] ?? 0)) this.peerVv[op.deviceId] = op.seq;
    const wanted = batch.filter((op) => !this.refusals.has(op.deviceId));
    let applied: number;
    try {
      applied = this.host.ops.applyRemote(wanted, this.applyOptions);
    } catch (error) {
      if (error instanceof ConcordError && error.code === 'conflict') {
        // Not a continuation of what this console holds: ask the peer to resend from here.
        this.sendHello();
        return;
      }
      applied = this.applyByDevice(wanted, error);
    }
    this.catchUp.received += applied;
    this.host.onApplied?.(applied);
    this.send({ type: 'have', body: { vv: this.host.ops.versionVector(this.host.incidentId) } });
    this.scheduleDigest();
  }

  /**
   * A batch was refused as a whole (an op that is not authentic: a broken chain or a bad signature): apply it
   * device stream by device stream, in rounds while any stream goes in (one may need another's ops first), and
   * refuse from then on the devices whose stream does not. A device's chain cannot skip an op, so every console
   * that refuses an op refuses the same stream tail and all of them still hold the same ops.
   */
  private applyByDevice(batch: Op[], firstError: unknown): number {
    const pending = new Map<string, Op[]>();
    for (const op of batch) pending.set(op.deviceId, [...(pending.get(op.deviceId) ?? []), op]);
    let applied = 0;
    let progress = true;
    const errors = new Map<string, unknown>();
    while (progress && pending.size > 0) {
      progress = false;
      for (const [device, ops] of pending) {
        try {
          applied += this.host.ops.applyRemote(ops, this.applyOptions);
          pending.delete(device);
          progress = true;
        } catch (error) {
          errors.set(device, error);
        }
      }
    }
    let gap = false;
    for (const device of pending.keys()) {
      const error = errors.get(device) ?? firstError;
      if (error instanceof ConcordError && error.code === 'conflict') gap = true;
      else this.refusals.set(device, error instanceof Error ? error.message : String(error));
    }
    if (gap) this.sendHello();
    return applied;
  }

  /** Ops this console holds that the peer lacks, and how old the oldest of them is. */
  lag(): { peerLacks: number; weLack: number; oldestMissingHlc: string | null } {
    const mine = this.host.ops.versionVector(this.host.incidentId);
    return {
      peerLacks: opsAhead(mine, this.peerVv),
      weLack: opsAhead(this.peerVv, mine),
      oldestMissingHlc: this.host.stream.oldestMissing(this.host.incidentId, mine, this.peerVv),
    };
  }
}
