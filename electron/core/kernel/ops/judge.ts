import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Op } from '../../../../shared/domain/op';
import { ConcordError } from '../../../../shared/result';
import type { Db } from '../db/open';
import type { EntityDef } from './entities';
import { Ledger, type Trust } from './ledger';
import { rowToOp, type OpRow } from './op-row';
import { byPosition, ORIGIN, positionOf, type Position } from './position';
import type { Projector } from './projector';
import { CUT_REFUSAL, ruleRefusal, verdictOf, type Refusal } from './verdict';

/** What the judge keeps per incident between batches. */
interface IncidentState {
  /** Every authentic op of the entities with a `record` rule, in position order: the ledger is rebuilt from them. */
  authorityOps: Op[];
  ledger: Ledger;
  /** The verdicts on `authorityOps` the ledger was built with, by op key. */
  authorityVerdicts: Map<string, Refusal | null>;
  /** The greatest position of any op held: an op after it cannot change the verdict on any op before it. */
  frontier: Position;
}

/**
 * An op read back only to be judged again: most rules never look at its fields (most ops need only their author's
 * role), so they are parsed only if a rule reads them. Its hash and signature are not read at all.
 */
function lazyOp(row: OpRow): Op {
  let fields: Op['fields'] | undefined;
  return {
    incidentId: row.incident_id,
    deviceId: row.device_id,
    seq: row.seq,
    hlc: row.hlc,
    author: row.author,
    authorKey: row.author_key,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    get fields() {
      return (fields ??= JSON.parse(row.fields) as Op['fields']);
    },
    prev: row.prev,
    hash: row.hash,
    sig: row.sig,
    authorSig: row.author_sig,
  };
}

const keyOf = (op: Pick<Op, 'deviceId' | 'seq'>): string => `${op.deviceId}/${op.seq}`;
const sameVerdict = (a: Refusal | null | undefined, b: Refusal | null | undefined): boolean =>
  (a?.reason ?? null) === (b?.reason ?? null) && (a?.code ?? null) === (b?.code ?? null) && (a?.kind ?? null) === (b?.kind ?? null);

/**
 * The one judge: whether each authentic op takes effect, evaluated in one total order (HLC, device id, seq). Valid
 * ops are projected; invalid ones are kept in the op log and recorded in `refused_ops` with their reason.
 *
 * Re-judging is bounded by splitting the entities in two. The few whose ops other rules read (who holds which
 * role, which consoles are cut, what later ops point at: those with a `record` rule) are kept in memory per
 * incident, and the ledger is rebuilt from all of them whenever one arrives out of order: a few thousand ops at
 * most, judged in memory. Every other op (nearly all of them) changes no other op's verdict, so a late one is
 * judged alone at its place; only when the ledger changed are the ops after the change judged again, by reading
 * them once, and only the records whose ops changed verdict are rebuilt from their valid ops.
 */
export class Judge {
  private readonly states = new Map<string, IncidentState>();
  private readonly s: Record<'authority' | 'frontier' | 'since' | 'sinceBy' | 'refusedSince' | 'refuse' | 'unrefuse' | 'opAt', Statement>;
  private readonly authorityEntities: string[];
  /** The entities whose valid ops cut a console's chain. */
  private readonly cutting: Set<string>;
  /** How many times each incident's past verdicts changed: caches over the op log compare it to know they are stale. */
  private readonly revisions = new Map<string, number>();
  /** Tests of the merge alone judge every authentic op valid. */
  rulesOff = false;

  constructor(
    private readonly db: Db,
    private readonly projector: Projector,
    private readonly trust: Trust,
  ) {
    this.authorityEntities = projector
      .entities()
      .filter((d) => d.rule.record !== undefined)
      .map((d) => d.name);
    this.cutting = new Set(
      projector
        .entities()
        .filter((d) => d.rule.cutsChains === true)
        .map((d) => d.name),
    );
    const authorityList = this.authorityEntities.map((e) => `'${e}'`).join(',');
    this.s = {
      authority: db.prepare(`SELECT * FROM ops WHERE incident_id = ? AND entity IN (${authorityList}) ORDER BY hlc, device_id, seq`),
      frontier: db.prepare('SELECT hlc, device_id AS deviceId, seq FROM ops WHERE incident_id = ? ORDER BY hlc DESC, device_id DESC, seq DESC LIMIT 1'),
      sinceBy: db.prepare(
        "SELECT incident_id, device_id, seq, hlc, author, author_key, entity, entity_id, action, fields, '' AS prev, '' AS hash, NULL AS sig, NULL AS author_sig FROM ops WHERE incident_id = ? AND hlc >= ? AND entity != 'device' AND author IN (SELECT value FROM json_each(?))",
      ),
      since: db.prepare(
        "SELECT incident_id, device_id, seq, hlc, author, author_key, entity, entity_id, action, fields, '' AS prev, '' AS hash, NULL AS sig, NULL AS author_sig FROM ops WHERE incident_id = ? AND hlc >= ? AND entity != 'device' ORDER BY hlc, device_id, seq",
      ),
      refusedSince: db.prepare('SELECT device_id, seq, code, kind, reason FROM refused_ops WHERE incident_id = ? AND hlc >= ?'),
      refuse: db.prepare(
        'INSERT INTO refused_ops (incident_id, device_id, seq, hlc, code, kind, reason) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET code = excluded.code, kind = excluded.kind, reason = excluded.reason',
      ),
      unrefuse: db.prepare('DELETE FROM refused_ops WHERE incident_id = ? AND device_id = ? AND seq = ?'),
      opAt: db.prepare('SELECT hlc, device_id AS deviceId, seq FROM ops WHERE incident_id = ? AND device_id = ? AND seq = ?'),
    };
  }

  /** Bumped whenever verdicts on ops already judged changed in an incident. */
  revision(incidentId: string): number {
    return this.revisions.get(incidentId) ?? 0;
  }

  /** Loads an incident's state; called before a batch's ops are stored, so it holds only what came before. */
  prepare(incidentId: string): void {
    if (this.states.has(incidentId)) return;
    const authorityOps = (this.s.authority.all(incidentId) as OpRow[]).map(rowToOp);
    const top = this.s.frontier.get(incidentId) as Pick<Op, 'hlc' | 'deviceId' | 'seq'> | undefined;
    const { ledger, verdicts } = this.buildLedger(authorityOps);
    this.states.set(incidentId, { authorityOps, ledger, authorityVerdicts: verdicts, frontier: top ? positionOf(top) : ORIGIN });
  }

  /** Drops what a rolled-back transaction may have left half-changed; the next batch reloads it from the store. */
  forget(incidentId: string): void {
    this.states.delete(incidentId);
  }

  private state(incidentId: string): IncidentState {
    this.prepare(incidentId);
    return this.states.get(incidentId) as IncidentState;
  }

  private def(op: Op): EntityDef | null {
    return this.projector.has(op.entity) ? this.projector.entity(op.entity) : null;
  }

  /** `schemaChecked`: the op passed its entity's schema before (the schema does not depend on the order), so skip it. */
  private verdict(op: Op, ledger: Ledger, schemaChecked = false): Refusal | null {
    const def = this.def(op);
    if (!def) return { code: 'invalid_input', kind: 'rule of the record', reason: `unknown kind of record ${op.entity}` };
    if (schemaChecked) return this.rulesOff ? null : verdictOf(def, () => undefined, op, ledger);
    if (this.rulesOff) {
      try {
        this.projector.validate(op);
        return null;
      } catch (error) {
        if (error instanceof ConcordError) return ruleRefusal(error);
        throw error;
      }
    }
    return verdictOf(def, (o) => this.projector.validate(o), op, ledger);
  }

  /**
   * The ledger from an incident's authority ops, judged in order. A cutting op (`cutsChains`) cuts a console's
   * chain at a seq wherever it sorts, so an authority op judged valid before the cutting op came up in the order
   * may turn out cut: it is then left out and the pass run again, until no valid op is cut. Ops only ever leave the
   * set, so the passes end, and every console runs the same passes over the same ops.
   */
  private buildLedger(ops: readonly Op[]): { ledger: Ledger; verdicts: Map<string, Refusal | null> } {
    const cutOut = new Set<string>();
    for (;;) {
      const ledger = new Ledger(this.trust);
      const verdicts = new Map<string, Refusal | null>();
      for (const op of ops) {
        const key = keyOf(op);
        const v = cutOut.has(key) ? CUT_REFUSAL : this.verdict(op, ledger);
        verdicts.set(key, v);
        if (v === null) this.def(op)?.rule.record?.(op, ledger, positionOf(op));
      }
      const cut = ops.filter((op) => verdicts.get(keyOf(op)) === null && op.seq > (ledger.cuts.cutOf(op.deviceId) ?? Number.POSITIVE_INFINITY));
      if (cut.length === 0) return { ledger, verdicts };
      // A cutting op that is itself cut must not cut anyone: leave out the cut cutting ops first, and the other
      // cut ops only once none of them is cut.
      const cutting = cut.filter((op) => this.cuts(op));
      for (const op of cutting.length > 0 ? cutting : cut) cutOut.add(keyOf(op));
    }
  }

  private isAuthority(op: Op): boolean {
    return this.authorityEntities.includes(op.entity);
  }

  private cuts(op: Op): boolean {
    return this.cutting.has(op.entity);
  }

  /**
   * This console's own ops, just stamped after everything it holds: judged at once, and the first invalid one
   * refuses the whole commit with its reason (the caller's transaction rolls back; `forget` drops the state).
   */
  admitLocal(incidentId: string, ops: readonly Op[]): void {
    const state = this.state(incidentId);
    for (const op of ops) {
      const v = this.verdict(op, state.ledger);
      if (v) throw new ConcordError(v.code, v.reason);
      this.take(state, op);
      this.projector.apply(op);
      state.frontier = positionOf(op);
    }
    this.afterCuts(incidentId, state, ops);
  }

  /** Records a valid authority op in the ledger and the authority list. */
  private take(state: IncidentState, op: Op): void {
    if (!this.isAuthority(op)) return;
    state.authorityOps.push(op);
    state.authorityVerdicts.set(keyOf(op), null);
    this.def(op)?.rule.record?.(op, state.ledger, positionOf(op));
  }

  /**
   * Ops from peers, already stored (authentic), in position order. While no authority op comes out of order and
   * no chain is cut, the ledger stays as it is and each op is judged alone at its place, however late; else
   * the ops after the earliest place the change can matter are judged again.
   */
  admitRemote(incidentId: string, fresh: readonly Op[]): void {
    const first = fresh[0];
    if (!first) return;
    const state = this.state(incidentId);
    const cutting = fresh.some((op) => this.cuts(op));
    if (!cutting && (positionOf(first) > state.frontier || !fresh.some((op) => this.isAuthority(op)))) {
      for (const op of fresh) this.judgeOne(state, op);
      this.advance(state, fresh);
      return;
    }
    this.rejudge(incidentId, state, fresh, cutting);
  }

  private judgeOne(state: IncidentState, op: Op): void {
    const v = this.verdict(op, state.ledger);
    if (v) {
      // A refused authority op stays in the list the ledger is rebuilt from, with its verdict, so a later re-judge
      // compares against what was really decided.
      if (this.isAuthority(op)) {
        state.authorityOps.push(op);
        state.authorityOps.sort(byPosition);
        state.authorityVerdicts.set(keyOf(op), v);
      }
      return this.record(op, v);
    }
    this.take(state, op);
    this.projector.apply(op);
  }

  private advance(state: IncidentState, ops: readonly Op[]): void {
    const last = ops.at(-1);
    if (last && positionOf(last) > state.frontier) state.frontier = positionOf(last);
  }

  /** A cutting op committed here cuts a chain: if this console holds ops past the cut, they are judged again. */
  private afterCuts(incidentId: string, state: IncidentState, ops: readonly Op[]): void {
    if (ops.some((op) => this.cuts(op))) this.rejudge(incidentId, state, [], true);
  }

  private record(op: Op, v: Refusal): void {
    this.s.refuse.run(op.incidentId, op.deviceId, op.seq, op.hlc, v.code, v.kind, v.reason);
  }

  /** The earliest place where the new ledger can judge an op held otherwise than the old one did. */
  private firstChange(incidentId: string, state: IncidentState, rebuilt: ReturnType<Judge['buildLedger']>, fresh: readonly Op[], cutting: boolean): Position | null {
    const froms: Position[] = [];
    const firstAuthority = fresh.find((op) => this.isAuthority(op));
    if (firstAuthority) froms.push(positionOf(firstAuthority));
    const changed = state.authorityOps.find((op) => !sameVerdict(state.authorityVerdicts.get(keyOf(op)), rebuilt.verdicts.get(keyOf(op))));
    if (changed) froms.push(positionOf(changed));
    // A cut can move without a new cutting op too: one whose author lost the role before it stops counting.
    const devices = new Set([...state.ledger.cuts.cutDevices(), ...rebuilt.ledger.cuts.cutDevices()]);
    for (const device of devices) {
      const cuts = [state.ledger.cuts.cutOf(device), rebuilt.ledger.cuts.cutOf(device)].filter((c): c is number => c !== undefined);
      if (!cutting && state.ledger.cuts.cutOf(device) === rebuilt.ledger.cuts.cutOf(device)) continue;
      const row = this.s.opAt.get(incidentId, device, Math.min(...cuts) + 1) as Pick<Op, 'hlc' | 'deviceId' | 'seq'> | undefined;
      if (row) froms.push(positionOf(row));
    }
    return froms.length > 0 ? (froms.sort()[0] as Position) : null;
  }

  private rejudge(incidentId: string, state: IncidentState, fresh: readonly Op[], cutting: boolean): void {
    const freshKeys = new Set(fresh.map(keyOf));
    const freshAuthority = fresh.filter((op) => this.isAuthority(op));
    if (freshAuthority.length > 0) state.authorityOps = [...state.authorityOps, ...freshAuthority].sort(byPosition);
    const rebuilt = this.buildLedger(state.authorityOps);
    const from = this.firstChange(incidentId, state, rebuilt, fresh, cutting);
    const before = { ledger: state.ledger, verdicts: state.authorityVerdicts };
    state.ledger = rebuilt.ledger;
    state.authorityVerdicts = rebuilt.verdicts;
    this.advance(state, fresh);

    const rebuild = new Map<string, Set<string>>();
    let changed = false;
    const settle = (op: Op, was: Refusal | null, v: Refusal | null) => {
      if (sameVerdict(was, v)) return;
      changed = true;
      if (v) this.record(op, v);
      else this.s.unrefuse.run(incidentId, op.deviceId, op.seq);
      if ((was === null) !== (v === null)) {
        const ids = rebuild.get(op.entity) ?? new Set<string>();
        ids.add(op.entityId);
        rebuild.set(op.entity, ids);
      }
    };
    // Fresh ops: judged against the new ledger, then projected once the rebuilt records are in place.
    const project: Op[] = [];
    for (const op of fresh) {
      const v = this.isAuthority(op) ? (rebuilt.verdicts.get(keyOf(op)) ?? null) : this.verdict(op, state.ledger);
      if (v) this.record(op, v);
      else project.push(op);
    }
    // Authority ops held before: the rebuilt ledger already judged each again.
    const changedAuthority: Op[] = [];
    for (const op of state.authorityOps) {
      const key = keyOf(op);
      if (freshKeys.has(key)) continue;
      const was = before.verdicts.get(key) ?? null;
      const v = rebuilt.verdicts.get(key) ?? null;
      if (!sameVerdict(was, v)) changedAuthority.push(op);
      settle(op, was, v);
    }
    // Every other op held after the first place a verdict can have changed: judged again at its place.
    if (from !== null) {
      const fromHlc = from.split('|')[0] as string;
      const old = new Map<string, Refusal>();
      for (const r of this.s.refusedSince.all(incidentId, fromHlc) as { device_id: string; seq: number; code: Refusal['code']; kind: Refusal['kind']; reason: string }[]) {
        old.set(`${r.device_id}/${r.seq}`, { code: r.code, kind: r.kind, reason: r.reason });
      }
      const authors = cutting ? null : this.affectedAuthors([...freshAuthority, ...changedAuthority], before.ledger, rebuilt.ledger);
      const rows = (authors ? this.s.sinceBy.all(incidentId, fromHlc, JSON.stringify(authors)) : this.s.since.all(incidentId, fromHlc)) as OpRow[];
      for (const row of rows) {
        if (this.authorityEntities.includes(row.entity)) continue;
        const op = lazyOp(row);
        const key = keyOf(op);
        if (freshKeys.has(key) || positionOf(op) < from) continue;
        const was = old.get(key) ?? null;
        // An op held before without refusal passed its schema then: only its authority needs judging again.
        settle(op, was, this.verdict(op, state.ledger, was === null));
      }
    }
    if (changed) this.revisions.set(incidentId, this.revision(incidentId) + 1);
    if (rebuild.size > 0) this.projector.rebuild(incidentId, rebuild);
    this.projector.begin();
    for (const op of project) if (!rebuild.get(op.entity)?.has(op.entityId)) this.projector.apply(op);
  }

  /**
   * When every authority op that came or changed verdict can change only one author's verdicts (`affectsOnly`: an
   * op giving or taking one author's role), the other authors' ops keep theirs and need not be read again. Null when
   * any of them may touch any author's ops.
   */
  private affectedAuthors(ops: readonly Op[], before: Ledger, after: Ledger): string[] | null {
    const authors = new Set<string>();
    for (const op of ops) {
      const author = this.def(op)?.rule.affectsOnly?.(op, before, after) ?? null;
      if (author === null) return null;
      authors.add(author);
    }
    return [...authors];
  }
}
