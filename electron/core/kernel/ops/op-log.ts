import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Op } from '../../../../shared/domain/op';
import { ConcordError } from '../../../../shared/result';
import type { Db } from '../db/open';
import { canonicalJson } from './canonical';
import { type Change, opFields } from './change';
import type { EntityKind } from './entities';
import { decodeHlc, MAX_DRIFT_MS, type HybridClock } from './hlc';
import { Judge } from './judge';
import type { Trust } from './ledger';
import { byPosition } from './position';
import type { Projector } from './projector';
import { type DeviceKeys, deviceIdFor, sha256Hex, signHex, type SigningKey, verifyHex } from './signing';

export { rowToOp } from './op-row';

/**
 * Who writes a local commit: a person signed in with their key (each commit carries their signature), or, as a bare
 * id, the console itself with nobody signed in (allowed nothing that needs a person).
 */
export type Author = string | { id: string; key: SigningKey };

export type ChangeListener = (incidentId: string, entities: string[]) => void;

export interface ApplyOptions {
  /**
   * The caller computed each op's hash from its content and linked each op to the previous one by it (the wire
   * decoder does, since hashes never travel), so hashing them again would prove nothing: the links to what this
   * console holds and the signature are still checked.
   */
  readonly hashesRebuilt?: boolean;
  /**
   * Told of a device whose ops are stamped more than MAX_DRIFT_MS ahead of this console's clock: they are held back,
   * not refused, and arrive once the clocks agree (the sender resends them).
   */
  readonly onHeldBack?: (deviceId: string, aheadMs: number) => void;
}

/** The device's public key rides in the first op of its chain in every incident, so any console can verify it. */
export const DEVICE_ENTITY = 'device' satisfies EntityKind;

/**
 * What an op's author signs: its identity and content in a fixed order (only `fields` needs key sorting to be
 * canonical), `prev` included, so one signature on the last op of a commit covers the whole commit. An op written
 * with nobody signed in leaves `authorKey` out, which is also how ops written before authors signed were hashed.
 */
export const contentHash = (op: Omit<Op, 'hash' | 'sig' | 'authorSig'>): string =>
  sha256Hex(
    JSON.stringify(
      op.authorKey === ''
        ? [op.incidentId, op.deviceId, op.seq, op.hlc, op.author, op.entity, op.entityId, op.action, op.prev]
        : [op.incidentId, op.deviceId, op.seq, op.hlc, op.author, op.authorKey, op.entity, op.entityId, op.action, op.prev],
    ) + canonicalJson(op.fields),
  );

/** The op's hash, which the next op chains to: the author's signature is inside it, so no relay can strip it. */
export const opHash = (op: Omit<Op, 'hash' | 'sig'>): string => (op.authorSig ? sha256Hex(contentHash(op) + op.authorSig) : contentHash(op));

/**
 * Each op a person wrote is covered by their signature: on the op itself, or on a later op of the same commit (the
 * run of ops that follow with the same author and key), whose signed content hash chains to it. An op naming a key
 * and carrying a signature that key did not make is not authentic; whether the key is the author's, at the op's
 * place, is the judge's question (a valid signature by someone else's key is a forgery it refuses and lists).
 */
function verifyAuthors(ops: readonly Op[]): void {
  ops.forEach((op, i) => {
    if (op.authorKey === '') return;
    // The wire carries keys as plain strings: one that is no key at all is refused here, not thrown by the verifier.
    if (!/^[0-9a-f]{64}$/.test(op.authorKey)) throw new ConcordError('forbidden', `op ${op.deviceId}/${op.seq} names an author key that is not one`);
    if (op.authorSig) {
      if (!verifyHex(op.authorKey, contentHash(op), op.authorSig)) throw new ConcordError('forbidden', `op ${op.deviceId}/${op.seq} carries a signature its author key did not make`);
      return;
    }
    const next = ops[i + 1];
    if (!next || next.author !== op.author || next.authorKey !== op.authorKey) {
      throw new ConcordError('forbidden', `op ${op.deviceId}/${op.seq} ends a commit without its author's signature`);
    }
  });
}

/**
 * The append-only op log. Every write in Concord goes through `commit` (local) or `applyRemote` (from a peer);
 * each op is stored and projected in the same transaction. Each device keeps one hash chain per incident and
 * signs the head of every batch it commits; every signature kept in the store has been verified.
 */
export class OpLog {
  private readonly listeners = new Set<ChangeListener>();
  private readonly s: Record<'head' | 'headHlc' | 'setHead' | 'insert' | 'deviceKey' | 'addDevice' | 'maxHlc', Statement>;
  readonly judge: Judge;
  /** Per table, the query for a record of another incident: prepared once, asked once per batch. */
  private readonly elsewhere = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly keys: DeviceKeys,
    private readonly clock: HybridClock,
    readonly projector: Projector,
    trust: Trust,
  ) {
    this.s = {
      head: db.prepare('SELECT seq, hash FROM heads WHERE incident_id = ? AND device_id = ?'),
      headHlc: db.prepare('SELECT hlc FROM ops WHERE incident_id = ? AND device_id = ? AND seq = ?'),
      maxHlc: db.prepare('SELECT max(hlc) AS hlc FROM ops'),
      setHead: db.prepare(
        'INSERT INTO heads (incident_id, device_id, seq, hash) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET seq = excluded.seq, hash = excluded.hash',
      ),
      insert: db.prepare(
        'INSERT INTO ops (incident_id, device_id, seq, hlc, author, author_key, entity, entity_id, action, fields, prev, hash, sig, author_sig) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
      ),
      deviceKey: db.prepare('SELECT public_key FROM devices WHERE incident_id = ? AND id = ?'),
      addDevice: db.prepare(
        'INSERT INTO devices (incident_id, id, public_key, hlc, author) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
    };
    this.judge = new Judge(db, projector, trust);
    // Never stamp below what this console holds, across restarts too: a peer's clock ahead of ours raised it.
    const held = (this.s.maxHlc.get() as { hlc: string | null }).hlc;
    if (held) clock.observe(held);
  }

  get deviceId(): string {
    return this.keys.deviceId;
  }

  /** Runs a write; if it fails, the judge forgets what it may have half-learned of those incidents. */
  private write<T>(incidents: Iterable<string>, fn: () => T): T {
    const touched = [...incidents];
    try {
      return this.db.transaction(() => {
        this.projector.begin();
        for (const id of touched) this.judge.prepare(id);
        return fn();
      })();
    } catch (error) {
      for (const id of touched) this.judge.forget(id);
      throw error;
    }
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Writes local changes as one signed batch; all of them or none. Each is judged at once, after everything this
   * console holds: the first one that would not take effect refuses the whole commit with its reason.
   */
  commit(incidentId: string, author: Author, changes: readonly Change[]): Op[] {
    if (changes.length === 0) return [];
    const { id: authorId, key } = typeof author === 'string' ? { id: author, key: null } : author;
    const ops = this.write([incidentId], () => {
      const head = this.head(incidentId, this.keys.deviceId);
      let seq = head?.seq ?? 0;
      let prev = head?.hash ?? '';
      const all: Change[] = head
        ? [...changes]
        : [{ entity: DEVICE_ENTITY, entityId: this.keys.deviceId, action: 'add', fields: { publicKey: this.keys.publicKeyHex } }, ...changes];
      const written: Op[] = [];
      all.forEach((c, i) => {
        const last = i === all.length - 1;
        const { entity, entityId, action } = c;
        const content = { incidentId, deviceId: this.keys.deviceId, seq: ++seq, hlc: this.clock.tick(), author: authorId, authorKey: key?.publicKeyHex ?? '', entity, entityId, action, fields: opFields(c.fields), prev };
        const base = { ...content, authorSig: last && key ? signHex(key.privateKey, contentHash(content)) : null };
        const hash = opHash(base);
        const op: Op = { ...base, hash, sig: last ? signHex(this.keys.privateKey, hash) : null };
        written.push(op);
        prev = hash;
      });
      this.checkIncidentOf(written, 'not_found');
      for (const op of written) if (this.projector.has(op.entity)) this.projector.entity(op.entity).rule.beforeCommit?.(op, this.db);
      for (const op of written) this.store(op);
      this.judge.admitLocal(incidentId, written.filter((op) => op.entity !== DEVICE_ENTITY));
      this.setHead(written.at(-1));
      return written;
    });
    this.emit(incidentId, ops);
    return ops;
  }

  /**
   * Stores and judges ops from a peer. Per device stream: ops at or below our head are duplicates and skipped; the
   * rest must be authentic (continue the chain without a gap, clocks rising along it, end at a signed op whose
   * signature covers them all, name only records of their incident), or the batch is refused. Every authentic op
   * is stored, whatever the judge then says of it. Answers how many ops were new.
   */
  applyRemote(ops: readonly Op[], options: ApplyOptions = {}): number {
    const streams = new Map<string, Op[]>();
    for (const op of ops) {
      const key = `${op.incidentId}/${op.deviceId}`;
      const list = streams.get(key);
      if (list) list.push(op);
      else streams.set(key, [op]);
    }
    const incidents = new Set(ops.map((op) => op.incidentId));
    const changed = new Map<string, Op[]>();
    const fresh = this.write(incidents, () => {
      const verified = [...streams.values()].map((stream) => this.verifyStream(stream.sort((a, b) => a.seq - b.seq), options));
      const all = verified.flat().sort(byPosition);
      this.checkIncidentOf(all, 'forbidden');
      const newest = all.at(-1);
      if (newest) this.clock.observe(newest.hlc);
      for (const op of all) this.store(op);
      for (const stream of verified) this.setHead(stream.at(-1));
      for (const op of all) {
        const list = changed.get(op.incidentId);
        if (list) list.push(op);
        else changed.set(op.incidentId, [op]);
      }
      for (const [incidentId, list] of changed) this.judge.admitRemote(incidentId, list.filter((op) => op.entity !== DEVICE_ENTITY));
      return all.length;
    });
    for (const [incidentId, list] of changed) this.emit(incidentId, list);
    return fresh;
  }

  /**
   * Records belong to one incident: an op naming a record another incident holds is refused (`not_found` for this
   * console's own edits, which a handler should have caught; `forbidden` for a peer's, which no honest console writes).
   */
  private checkIncidentOf(ops: readonly Op[], code: 'not_found' | 'forbidden'): void {
    const byTable = new Map<string, { incidentId: string; ids: string[] }[]>();
    for (const op of ops) {
      if (op.entity === DEVICE_ENTITY || !this.projector.has(op.entity)) continue;
      const table = this.projector.entity(op.entity).table;
      const groups = byTable.get(table) ?? [];
      let group = groups.find((g) => g.incidentId === op.incidentId);
      if (!group) groups.push((group = { incidentId: op.incidentId, ids: [] }));
      group.ids.push(op.entityId);
      byTable.set(table, groups);
    }
    for (const [table, groups] of byTable) {
      for (const { incidentId, ids } of groups) {
        let other = this.elsewhere.get(table);
        if (!other) {
          other = this.db.prepare(`SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) AND incident_id != ? LIMIT 1`);
          this.elsewhere.set(table, other);
        }
        const found = other.get(JSON.stringify(ids), incidentId) as { id: string } | undefined;
        if (found) throw new ConcordError(code, `record ${found.id} is not in this incident`);
      }
    }
  }

  private verifyStream(stream: Op[], options: ApplyOptions): Op[] {
    const first = stream[0];
    if (!first) return [];
    const head = this.head(first.incidentId, first.deviceId);
    const fresh = stream.filter((op) => op.seq > (head?.seq ?? 0));
    if (fresh.length === 0) return [];
    let prevSeq = head?.seq ?? 0;
    let prevHash = head?.hash ?? '';
    let prevHlc = head ? ((this.s.headHlc.get(first.incidentId, first.deviceId, head.seq) as { hlc: string } | undefined)?.hlc ?? '') : '';
    let lastSigned = -1;
    fresh.forEach((op, i) => {
      if (op.seq !== prevSeq + 1) throw new ConcordError('conflict', `gap in the ops of device ${op.deviceId}: expected ${prevSeq + 1}, got ${op.seq}`);
      if (op.prev !== prevHash || (options.hashesRebuilt !== true && opHash(op) !== op.hash)) {
        throw new ConcordError('forbidden', `op ${op.deviceId}/${op.seq} does not match its hash chain`);
      }
      // A device cannot stamp an op before one it already wrote: that would let it rewrite its own past.
      if (op.hlc <= prevHlc) throw new ConcordError('forbidden', `op ${op.deviceId}/${op.seq} is stamped before the op it follows`);
      // A batch is kept only up to a commit's end: a device signature and, for a person's commit, theirs.
      if (op.sig && (op.authorKey === '' || op.authorSig)) lastSigned = i;
      prevSeq = op.seq;
      prevHash = op.hash;
      prevHlc = op.hlc;
    });
    const signed = fresh[lastSigned];
    if (!signed?.sig) throw new ConcordError('forbidden', `ops of device ${first.deviceId} arrived without a signature`);
    const publicKey = this.publicKeyOf(first.incidentId, first.deviceId, fresh);
    if (!verifyHex(publicKey, signed.hash, signed.sig)) throw new ConcordError('forbidden', `bad signature on the ops of device ${first.deviceId}`);
    const kept = fresh.slice(0, lastSigned + 1);
    verifyAuthors(kept);
    // Only the verified signature is kept: every signature in the store has been checked.
    const verified = kept.map((op, i) => (i === lastSigned || op.sig === null ? op : { ...op, sig: null }));
    return this.withinDrift(verified, options);
  }

  /**
   * Ops stamped too far ahead of this console's clock wait: the stream is kept up to its last signed op before the
   * first of them (a stored chain always ends at a signature, so it can be relayed), and the rest comes again later.
   */
  private withinDrift(ops: Op[], options: ApplyOptions): Op[] {
    const limit = this.clock.physical() + MAX_DRIFT_MS;
    const late = ops.findIndex((op) => decodeHlc(op.hlc).wall > limit);
    if (late < 0) return ops;
    const late_op = ops[late] as Op;
    options.onHeldBack?.(late_op.deviceId, decodeHlc(late_op.hlc).wall - this.clock.physical());
    let keep = late - 1;
    while (keep >= 0 && (ops[keep] as Op).sig === null) keep--;
    return ops.slice(0, keep + 1);
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

  /** Appends an authentic op to the log; the judge decides afterwards whether it takes effect. */
  private store(op: Op): void {
    if (op.entity === DEVICE_ENTITY) {
      if (op.action !== 'add' || op.entityId !== op.deviceId || typeof op.fields.publicKey !== 'string' || deviceIdFor(op.fields.publicKey) !== op.deviceId) {
        throw new ConcordError('forbidden', `device announcement ${op.deviceId}/${op.seq} is not valid`);
      }
      this.s.addDevice.run(op.incidentId, op.deviceId, op.fields.publicKey, op.hlc, op.author);
    }
    this.s.insert.run(
      op.incidentId,
      op.deviceId,
      op.seq,
      op.hlc,
      op.author,
      op.authorKey,
      op.entity,
      op.entityId,
      op.action,
      JSON.stringify(op.fields),
      op.prev,
      op.hash,
      op.sig,
      op.authorSig,
    );
  }

  private setHead(op: Op | undefined): void {
    if (op) this.s.setHead.run(op.incidentId, op.deviceId, op.seq, op.hash);
  }

  /** Whether this console holds any op of the incident: what makes an incident exist here. */
  holds(incidentId: string): boolean {
    return this.db.prepare('SELECT 1 FROM heads WHERE incident_id = ? LIMIT 1').get(incidentId) !== undefined;
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
