import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { JsonValue, Op } from '../../../shared/domain/op';
import { ConcordError } from '../../../shared/result';
import type { Db } from '../db/open';
import { canonicalJson } from './canonical';
import type { HybridClock } from './hlc';
import type { Projector } from './projector';
import { type DeviceKeys, deviceIdFor, sha256Hex, signHex, verifyHex } from './signing';

/** What a service asks to change; the op log turns it into signed ops. */
export interface Change {
  entity: string;
  entityId: string;
  action: Op['action'];
  fields: Record<string, JsonValue>;
}

/** Checks an op against the state it is applied to (permissions); throws `forbidden` to refuse it. */
export type OpGuard = (op: Op) => void;

export type ChangeListener = (incidentId: string, entities: string[]) => void;

export interface ApplyOptions {
  /**
   * The caller computed each op's hash from its content and linked each op to the previous one by it (the wire
   * decoder does, since hashes never travel), so hashing them again would prove nothing: the links to what this
   * console holds and the signature are still checked.
   */
  readonly hashesRebuilt?: boolean;
}

/** The device's public key rides in the first op of its chain in every incident, so any console can verify it. */
export const DEVICE_ENTITY = 'device';

/** The op's identity and content in a fixed order; only `fields` needs key sorting to be canonical. */
export const opHash = (op: Omit<Op, 'hash' | 'sig'>): string =>
  sha256Hex(
    JSON.stringify([op.incidentId, op.deviceId, op.seq, op.hlc, op.author, op.entity, op.entityId, op.action, op.prev]) + canonicalJson(op.fields),
  );

interface OpRow {
  incident_id: string;
  device_id: string;
  seq: number;
  hlc: string;
  author: string;
  entity: string;
  entity_id: string;
  action: Op['action'];
  fields: string;
  prev: string;
  hash: string;
  sig: string | null;
}

export const rowToOp = (r: OpRow): Op => ({
  incidentId: r.incident_id,
  deviceId: r.device_id,
  seq: r.seq,
  hlc: r.hlc,
  author: r.author,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  fields: JSON.parse(r.fields) as Record<string, JsonValue>,
  prev: r.prev,
  hash: r.hash,
  sig: r.sig,
});

/**
 * The append-only op log. Every write in Concord goes through `commit` (local) or `applyRemote` (from a peer);
 * each op is stored and projected in the same transaction. Each device keeps one hash chain per incident and
 * signs the head of every batch it commits; every signature kept in the store has been verified.
 */
export class OpLog {
  private readonly listeners = new Set<ChangeListener>();
  private readonly s: Record<'head' | 'setHead' | 'insert' | 'deviceKey' | 'addDevice', Statement>;
  private guard: OpGuard = () => undefined;
  /** Checks that hold beside the permission guard (sync's device revocation), each free to refuse an op. */
  private readonly checks = new Set<OpGuard>();

  constructor(
    private readonly db: Db,
    private readonly keys: DeviceKeys,
    private readonly clock: HybridClock,
    readonly projector: Projector,
  ) {
    this.s = {
      head: db.prepare('SELECT seq, hash FROM heads WHERE incident_id = ? AND device_id = ?'),
      setHead: db.prepare(
        'INSERT INTO heads (incident_id, device_id, seq, hash) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
      ),
      insert: db.prepare(
        'INSERT INTO ops (incident_id, device_id, seq, hlc, author, entity, entity_id, action, fields, prev, hash, sig) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
      ),
      deviceKey: db.prepare('SELECT public_key FROM devices WHERE incident_id = ? AND id = ?'),
      addDevice: db.prepare(
        'INSERT INTO devices (incident_id, id, public_key, hlc, author) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
    };
  }

  get deviceId(): string {
    return this.keys.deviceId;
  }

  /** Maps emptied as each transaction begins: what a guard or check reads once per batch, never across a rollback. */
  private readonly memos = new Set<Map<string, unknown>>();

  /** A memo for a guard or check, valid within one batch; the caller may also clear it when an op changes what it holds. */
  batchMemo<T>(): Map<string, T> {
    const memo = new Map<string, T>();
    this.memos.add(memo);
    return memo;
  }

  private beginBatch(): void {
    for (const memo of this.memos) memo.clear();
    this.projector.begin();
  }

  setGuard(guard: OpGuard): void {
    this.guard = guard;
  }

  /** Adds a check run with the guard on every op applied, local or remote; answers its removal. */
  addCheck(check: OpGuard): () => void {
    this.checks.add(check);
    return () => this.checks.delete(check);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes local changes as one signed batch; all of them or none. */
  commit(incidentId: string, author: string, changes: readonly Change[]): Op[] {
    if (changes.length === 0) return [];
    const ops = this.db.transaction(() => {
      this.beginBatch();
      const head = this.head(incidentId, this.keys.deviceId);
      let seq = head?.seq ?? 0;
      let prev = head?.hash ?? '';
      const all: Change[] = head
        ? [...changes]
        : [{ entity: DEVICE_ENTITY, entityId: this.keys.deviceId, action: 'add', fields: { publicKey: this.keys.publicKeyHex } }, ...changes];
      const written: Op[] = [];
      all.forEach((c, i) => {
        const base = { incidentId, deviceId: this.keys.deviceId, seq: ++seq, hlc: this.clock.tick(), author, ...c, prev };
        const hash = opHash(base);
        const op: Op = { ...base, hash, sig: i === all.length - 1 ? signHex(this.keys.privateKey, hash) : null };
        this.store(op);
        written.push(op);
        prev = hash;
      });
      this.setHead(written.at(-1));
      return written;
    })();
    this.emit(incidentId, ops);
    return ops;
  }

  /**
   * Verifies and applies ops from a peer. Per device stream: ops at or below our head are duplicates and skipped;
   * the rest must continue the chain without a gap and end at a signed op, whose signature covers them all.
   * Answers how many ops were new.
   */
  applyRemote(ops: readonly Op[], options: ApplyOptions = {}): number {
    const streams = new Map<string, Op[]>();
    for (const op of ops) {
      const key = `${op.incidentId}/${op.deviceId}`;
      const list = streams.get(key);
      if (list) list.push(op);
      else streams.set(key, [op]);
    }
    let applied = 0;
    const changed = new Map<string, Op[]>();
    this.db.transaction(() => {
      this.beginBatch();
      const verified = [...streams.values()].map((stream) => this.verifyStream(stream.sort((a, b) => a.seq - b.seq), options.hashesRebuilt === true));
      // Stored in HLC order across devices, so a check on one op sees every op that happened before it (a role
      // granted by another device in the same batch, a revocation), whichever device stream it came in.
      const fresh = verified.flat().sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.deviceId < b.deviceId ? -1 : 1));
      // The clock keeps the greatest HLC it has seen, and the drift check passes for all if it passes for the
      // greatest: one `receive`, of the last op, does what one per op would.
      const newest = fresh.at(-1);
      if (newest) this.clock.receive(newest.hlc);
      for (const op of fresh) this.store(op);
      for (const stream of verified) this.setHead(stream.at(-1));
      applied = fresh.length;
      for (const op of fresh) {
        const list = changed.get(op.incidentId);
        if (list) list.push(op);
        else changed.set(op.incidentId, [op]);
      }
    })();
    for (const [incidentId, list] of changed) this.emit(incidentId, list);
    return applied;
  }

  private verifyStream(stream: Op[], hashesRebuilt: boolean): Op[] {
    const first = stream[0];
    if (!first) return [];
    const head = this.head(first.incidentId, first.deviceId);
    const fresh = stream.filter((op) => op.seq > (head?.seq ?? 0));
    if (fresh.length === 0) return [];
    let prevSeq = head?.seq ?? 0;
    let prevHash = head?.hash ?? '';
    let lastSigned = -1;
    fresh.forEach((op, i) => {
      if (op.seq !== prevSeq + 1) throw new ConcordError('conflict', `gap in the ops of device ${op.deviceId}: expected ${prevSeq + 1}, got ${op.seq}`);
      if (op.prev !== prevHash || (!hashesRebuilt && opHash(op) !== op.hash)) throw new ConcordError('forbidden', `op ${op.deviceId}/${op.seq} does not match its hash chain`);
      if (op.sig) lastSigned = i;
      prevSeq = op.seq;
      prevHash = op.hash;
    });
    const signed = fresh[lastSigned];
    if (!signed?.sig) throw new ConcordError('forbidden', `ops of device ${first.deviceId} arrived without a signature`);
    const publicKey = this.publicKeyOf(first.incidentId, first.deviceId, fresh);
    if (!verifyHex(publicKey, signed.hash, signed.sig)) throw new ConcordError('forbidden', `bad signature on the ops of device ${first.deviceId}`);
    // Only the verified signature is kept: every signature in the store has been checked.
    return fresh.slice(0, lastSigned + 1).map((op, i) => (i === lastSigned || op.sig === null ? op : { ...op, sig: null }));
  }

  private publicKeyOf(incidentId: string, deviceId: string, fresh: Op[]): string {
    const known = this.s.deviceKey.get(incidentId, deviceId) as { public_key: string } | undefined;
    if (known) return known.public_key;
    const announce = fresh[0];
    const key = announce?.entity === DEVICE_ENTITY && announce.seq === 1 ? announce.fields.publicKey : undefined;
    if (typeof key !== 'string' || deviceIdFor(key) !== deviceId) {
      throw new ConcordError('forbidden', `device ${deviceId} is unknown and did not announce its key`);
    }
    return key;
  }

  private store(op: Op): void {
    if (op.entity === DEVICE_ENTITY) {
      if (op.action !== 'add' || op.entityId !== op.deviceId || typeof op.fields.publicKey !== 'string' || deviceIdFor(op.fields.publicKey) !== op.deviceId) {
        throw new ConcordError('forbidden', `device announcement ${op.deviceId}/${op.seq} is not valid`);
      }
      this.s.addDevice.run(op.incidentId, op.deviceId, op.fields.publicKey, op.hlc, op.author);
    } else {
      this.projector.validate(op);
      this.guard(op);
      for (const check of this.checks) check(op);
      this.projector.apply(op);
    }
    this.s.insert.run(op.incidentId, op.deviceId, op.seq, op.hlc, op.author, op.entity, op.entityId, op.action, JSON.stringify(op.fields), op.prev, op.hash, op.sig);
  }

  private setHead(op: Op | undefined): void {
    if (op) this.s.setHead.run(op.incidentId, op.deviceId, op.seq, op.hash);
  }

  head(incidentId: string, deviceId: string): { seq: number; hash: string } | undefined {
    return this.s.head.get(incidentId, deviceId) as { seq: number; hash: string } | undefined;
  }

  /** Highest seq held per device for an incident: what sync exchanges to find what a peer lacks. */
  versionVector(incidentId: string): Record<string, number> {
    const rows = this.db.prepare('SELECT device_id, seq FROM heads WHERE incident_id = ?').all(incidentId) as { device_id: string; seq: number }[];
    return Object.fromEntries(rows.map((r) => [r.device_id, r.seq]));
  }

  opCount(incidentId: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM ops WHERE incident_id = ?').get(incidentId) as { n: number }).n;
  }

  private emit(incidentId: string, ops: Op[]): void {
    const entities = [...new Set(ops.map((o) => o.entity))];
    for (const l of this.listeners) l(incidentId, entities);
  }
}
