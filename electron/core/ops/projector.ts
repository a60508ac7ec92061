import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Op } from '../../../shared/domain/op';
import { ConcordError } from '../../../shared/result';
import type { Db } from '../db/open';
import { columnFor, encodeField, type EntityDef } from './entities';

interface Clock {
  hlc: string;
  device_id: string;
}

/** Wins when (HLC, device id) is greater: a total order every console agrees on. */
const wins = (op: Op, clock: Clock | undefined): boolean =>
  !clock || op.hlc > clock.hlc || (op.hlc === clock.hlc && op.deviceId > clock.device_id);

/** Applies ops to projection tables. Order-independent: any arrival order of the same ops gives the same rows. */
export class Projector {
  private readonly defs = new Map<string, EntityDef>();
  private readonly cache = new Map<string, Statement>();

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
    const schema = op.action === 'add' ? def.schema.strict() : def.schema.partial().strict();
    const parsed = schema.safeParse(op.fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConcordError('invalid_input', `${def.name}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`.trim());
    }
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

  private ensureRow(def: EntityDef, op: Op): void {
    this.stmt(`ensure:${def.name}`, () => `INSERT INTO ${def.table} (id, incident_id) VALUES (?, ?) ON CONFLICT(id) DO NOTHING`).run(
      op.entityId,
      op.incidentId,
    );
    this.stmt(
      `touch:${def.name}`,
      () => `UPDATE ${def.table} SET updated_hlc = max(coalesce(updated_hlc, ''), ?) WHERE id = ?`,
    ).run(op.hlc, op.entityId);
  }

  private applyDelete(def: EntityDef, op: Op): void {
    this.ensureRow(def, op);
    this.stmt(`delete:${def.name}`, () => `UPDATE ${def.table} SET deleted = 1 WHERE id = ?`).run(op.entityId);
  }

  private applyFields(def: EntityDef, op: Op): void {
    this.ensureRow(def, op);
    if (op.action === 'add') {
      // The earliest creation wins, so a record created twice (it should not be) still converges.
      this.stmt(
        `created:${def.name}`,
        () => `UPDATE ${def.table} SET created_hlc = ?, created_by = ? WHERE id = ? AND (created_hlc IS NULL OR created_hlc > ?)`,
      ).run(op.hlc, op.author, op.entityId, op.hlc);
    }
    const getClock = this.stmt('clock:get', () => 'SELECT hlc, device_id FROM field_clocks WHERE entity = ? AND entity_id = ? AND field = ?');
    const setClock = this.stmt(
      'clock:set',
      () => 'INSERT INTO field_clocks (entity, entity_id, field, hlc, device_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET hlc = excluded.hlc, device_id = excluded.device_id',
    );
    const winners: string[] = [];
    for (const field of Object.keys(op.fields)) {
      if (!(field in def.fields)) continue;
      if (wins(op, getClock.get(def.name, op.entityId, field) as Clock | undefined)) {
        winners.push(field);
        setClock.run(def.name, op.entityId, field, op.hlc, op.deviceId);
      }
    }
    if (winners.length === 0) return;
    winners.sort();
    this.stmt(`set:${def.name}:${winners.join(',')}`, () => `UPDATE ${def.table} SET ${winners.map((f) => `${columnFor(f)} = ?`).join(', ')} WHERE id = ?`).run(
      ...winners.map((f) => encodeField(def.fields[f] ?? 'text', op.fields[f])),
      op.entityId,
    );
  }
}
