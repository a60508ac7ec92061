import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { Op } from '../../../../shared/domain/op';
import { ConcordError } from '../../../../shared/result';
import { findUnsafeText } from '../../../../shared/rules/text-hygiene';
import type { Db } from '../db/open';
import { columnFor, encodeField, type EntityDef } from './entities';
import { rowToOp, type OpRow } from './op-row';

/** Per field, the (HLC, device id) of the op whose value the row holds. Kept in the row: one read, one write per op. */
type Clocks = Record<string, [hlc: string, deviceId: string]>;

/** Wins when (HLC, device id) is greater: a total order every console agrees on. */
const wins = (op: Op, clock: Clocks[string] | undefined): boolean =>
  !clock || op.hlc > clock[0] || (op.hlc === clock[0] && op.deviceId > clock[1]);

/** The newest HLC that touched a row: order-independent, so it may be hashed. */
const touched = `updated_hlc = max(coalesce(updated_hlc, ''), ?)`;

/** Applies ops to projection tables. Order-independent: the same ops in whatever arrival order give the same rows. */
export class Projector {
  private readonly defs = new Map<string, EntityDef>();
  private readonly cache = new Map<string, Statement>();
  /**
   * Clocks of the rows touched in the current transaction, so a batch that sets one row many times (a catch-up
   * replaying a busy situation) reads and parses them once. Dropped at every `begin`, so a rolled-back
   * transaction leaves nothing behind.
   */
  private readonly clocksCache = new Map<string, Clocks>();
  /** Built once per entity: deriving a zod schema per op costs more than applying the op. */
  private readonly schemas = new Map<string, { add: z.ZodType; set: z.ZodType }>();

  constructor(
    private readonly db: Db,
    defs: readonly EntityDef[],
  ) {
    for (const d of defs) this.defs.set(d.name, d);
  }

  entity(name: string): EntityDef {
    const def = this.defs.get(name);
    if (!def) throw new ConcordError('invalid_input', `unknown entity ${name}`);
    return def;
  }

  has(name: string): boolean {
    return this.defs.has(name);
  }

  entities(): EntityDef[] {
    return [...this.defs.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Checks an op's fields against its entity's schema before anything is written. */
  validate(op: Op): void {
    const def = this.entity(op.entity);
    if (op.action === 'delete') {
      if (def.mode === 'append') throw new ConcordError('invalid_input', `${def.name} records cannot be deleted`);
      return;
    }
    if (def.mode === 'append' && op.action !== 'add') throw new ConcordError('invalid_input', `${def.name} records are append-only`);
    let schemas = this.schemas.get(def.name);
    if (!schemas) {
      schemas = { add: def.schema.strict(), set: def.schema.partial().strict() };
      this.schemas.set(def.name, schemas);
    }
    // A peer's op holds whatever its console signed: the same text rules as at this console's own boundary.
    const unsafe = findUnsafeText(op.fields);
    if (unsafe) throw new ConcordError('invalid_input', `${def.name}: ${unsafe}`);
    const parsed = (op.action === 'add' ? schemas.add : schemas.set).safeParse(op.fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConcordError('invalid_input', `${def.name}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
    }
  }

  /** Called by the op log as each transaction opens. */
  begin(): void {
    this.clocksCache.clear();
  }

  /**
   * Rebuilds records from their valid ops after the judge changed its verdict on some of them: each row is
   * removed and its valid ops (those not in `refused_ops`) applied again. Projection is order-independent, so the
   * rows come out as if only the valid ops had ever arrived.
   */
  rebuild(incidentId: string, targets: ReadonlyMap<string, ReadonlySet<string>>): void {
    const all = new Set<string>();
    for (const [entity, ids] of targets) {
      const def = this.entity(entity);
      this.db.prepare(`DELETE FROM ${def.table} WHERE incident_id = ? AND id IN (SELECT value FROM json_each(?))`).run(incidentId, JSON.stringify([...ids]));
      for (const id of ids) all.add(id);
    }
    this.begin();
    const rows = this.db
      .prepare(
        `SELECT o.* FROM ops o WHERE o.incident_id = ? AND o.entity_id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM refused_ops r WHERE r.incident_id = o.incident_id AND r.device_id = o.device_id AND r.seq = o.seq)
         ORDER BY o.hlc, o.device_id, o.seq`,
      )
      .all(incidentId, JSON.stringify([...all])) as OpRow[];
    for (const row of rows) if (targets.get(row.entity)?.has(row.entity_id)) this.apply(rowToOp(row));
  }

  apply(op: Op): void {
    const def = this.entity(op.entity);
    if (def.mode === 'append') this.applyAppend(def, op);
    else if (op.action === 'delete') this.applyDelete(def, op);
    else this.applyFields(def, op);
  }

  private stmt(key: string, sql: () => string): Statement {
    let s = this.cache.get(key);
    if (!s) {
      s = this.db.prepare(sql());
      this.cache.set(key, s);
    }
    return s;
  }

  private applyAppend(def: EntityDef, op: Op): void {
    const fields = Object.keys(def.fields);
    const cols = ['id', 'incident_id', 'hlc', 'author', 'device_id', ...fields.map(columnFor)];
    this.stmt(`append:${def.name}`, () => `INSERT INTO ${def.table} (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')}) ON CONFLICT(id) DO NOTHING`).run(
      op.entityId,
      op.incidentId,
      op.hlc,
      op.author,
      op.deviceId,
      ...fields.map((f) => encodeField(def.fields[f] ?? 'text', op.fields[f])),
    );
  }

  /** Reads the per-field clocks of a row, creating the row if this is the first op seen for it. */
  private clocksOf(def: EntityDef, op: Op): Clocks {
    const key = `${def.table}/${op.entityId}`;
    const cached = this.clocksCache.get(key);
    if (cached) return cached;
    const row = this.stmt(`clocks:${def.name}`, () => `SELECT incident_id, clocks FROM ${def.table} WHERE id = ?`).get(op.entityId) as
      | { incident_id: string; clocks: string }
      | undefined;
    // The op log refuses such ops before they are stored; this keeps any other path from reaching across incidents.
    if (row && row.incident_id !== op.incidentId) throw new ConcordError('not_found', `${def.name} ${op.entityId} is not in this incident`);
    if (!row) this.stmt(`insert:${def.name}`, () => `INSERT INTO ${def.table} (id, incident_id) VALUES (?, ?)`).run(op.entityId, op.incidentId);
    const clocks = row ? (JSON.parse(row.clocks) as Clocks) : {};
    this.clocksCache.set(key, clocks);
    return clocks;
  }

  private applyDelete(def: EntityDef, op: Op): void {
    this.clocksOf(def, op);
    this.stmt(`delete:${def.name}`, () => `UPDATE ${def.table} SET deleted = 1, ${touched} WHERE id = ?`).run(op.hlc, op.entityId);
  }

  private applyFields(def: EntityDef, op: Op): void {
    const clocks = this.clocksOf(def, op);
    if (op.action === 'add') {
      // The earliest creation wins, so a record created twice (it should not be) still converges.
      this.stmt(
        `created:${def.name}`,
        () => `UPDATE ${def.table} SET created_hlc = ?, created_by = ? WHERE id = ? AND (created_hlc IS NULL OR created_hlc > ?)`,
      ).run(op.hlc, op.author, op.entityId, op.hlc);
    }
    const winners = Object.keys(op.fields)
      .filter((field) => field in def.fields && wins(op, clocks[field]))
      .sort();
    for (const field of winners) clocks[field] = [op.hlc, op.deviceId];
    const sets = [...winners.map((f) => `${columnFor(f)} = ?`), 'clocks = ?', touched];
    this.stmt(`set:${def.name}:${winners.join(',')}`, () => `UPDATE ${def.table} SET ${sets.join(', ')} WHERE id = ?`).run(
      ...winners.map((f) => encodeField(def.fields[f] ?? 'text', op.fields[f])),
      JSON.stringify(clocks, Object.keys(clocks).sort()),
      op.hlc,
      op.entityId,
    );
  }
}
