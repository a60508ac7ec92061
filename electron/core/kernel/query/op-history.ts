import type { JsonValue, Op } from '../../../../shared/domain/op';
import type { RefusalKind } from '../../../../shared/domain/refusal';
import type { Db } from '../db/open';
import { rowsOf, type SqlParam } from '../db/rows';
import { rowToOp, type OpRow } from '../ops/op-row';

/**
 * One op that carried a field (or added or deleted its record), with the field's value as SQLite's `json_extract`
 * gives it (text, a number, null, or JSON text for a list or an object): what a replay needs.
 */
export interface FieldOp {
  entityId: string;
  deviceId: string;
  hlc: string;
  action: Op['action'];
  value: string | number | null;
}

/** An op the judge refused, with its reason. */
export interface RefusedOp {
  op: Op;
  code: string;
  kind: RefusalKind;
  reason: string;
}

/** What the log shows of an incident: filters people ask for, newest first. */
export interface OpSearch {
  incidentId: string;
  /** Only these entities (all when empty or absent). */
  entities?: readonly string[];
  /** An entity the log never shows (the device announcements). */
  without: string;
  /** Text anywhere in the op's fields. */
  text?: string;
  /** Only ops stamped before this HLC: the page after one already shown. The total ignores it. */
  before?: string;
}

/** Ops one person wrote from `from` (inclusive) to `to` (exclusive), both HLCs. */
export interface AuthorSpan {
  author: string;
  from: string;
  to: string;
}

interface FieldRow {
  entity_id: string;
  device_id: string;
  hlc: string;
  action: Op['action'];
  value: string | number | null;
}

type RefusedRow = OpRow & { code: string; kind: RefusalKind; reason: string };

const toRefused = (row: RefusedRow): RefusedOp => ({ op: rowToOp(row), code: row.code, kind: row.kind, reason: row.reason });

// Refused edits never took effect: a replay of what took effect leaves them out.
const VALID = 'NOT EXISTS (SELECT 1 FROM refused_ops r WHERE r.incident_id = o.incident_id AND r.device_id = o.device_id AND r.seq = o.seq)';
const REFUSED = 'SELECT o.*, r.code, r.kind, r.reason FROM refused_ops r JOIN ops o ON o.incident_id = r.incident_id AND o.device_id = r.device_id AND o.seq = r.seq';

/** Statements the hot paths ask for (sync's pages, a replay's reads), prepared once per connection. */
const statements = (db: Db) => {
  const fieldOps = `SELECT entity_id, device_id, hlc, action, json_extract(fields, ?) AS value FROM ops o
  WHERE incident_id = ? AND entity = ? AND (action != 'set' OR json_extract(fields, ?) IS NOT NULL) AND ${VALID}`;
  return {
    hlcAt: rowsOf<{ hlc: string }>(db, 'SELECT hlc FROM ops WHERE incident_id = ? AND device_id = ? AND seq = ?'),
    page: rowsOf<OpRow>(db, 'SELECT * FROM ops WHERE incident_id = ? AND hlc >= ? ORDER BY hlc, device_id, seq LIMIT ?'),
    pageAfter: rowsOf<OpRow>(db, 'SELECT * FROM ops WHERE incident_id = ? AND (hlc, device_id, seq) > (?, ?, ?) ORDER BY hlc, device_id, seq LIMIT ?'),
    at: rowsOf<OpRow>(db, 'SELECT * FROM ops WHERE incident_id = ? AND device_id = ? AND seq = ?'),
    // In the settling order, which also leads SQLite to the (incident, entity, hlc) index rather than every op of the incident.
    fieldOps: rowsOf<FieldRow>(db, `${fieldOps} ORDER BY hlc, device_id`),
    // A device's ops past a seq, by the ops' own key: after a first read, only what has come since.
    fieldOpsSince: rowsOf<FieldRow>(db, `${fieldOps} AND device_id = ? AND seq > ?`),
  };
};

/**
 * The op log read by those who show it (the log, a field's history, a replay, the refused edits, sync's stream):
 * the only SQL on `ops`, `refused_ops` and `devices` outside the op log and the judge.
 */
export class OpHistory {
  private readonly s: ReturnType<typeof statements>;

  constructor(private readonly db: Db) {
    this.s = statements(db);
  }

  /** The HLC of one op, if held. */
  hlcAt(incidentId: string, deviceId: string, seq: number): string | undefined {
    return this.s.hlcAt.get(incidentId, deviceId, seq)?.hlc;
  }

  /** One op, if held. */
  at(incidentId: string, deviceId: string, seq: number): Op | undefined {
    const row = this.s.at.get(incidentId, deviceId, seq);
    return row ? rowToOp(row) : undefined;
  }

  /** Up to `limit` rows in the total order (HLC, device, seq) from `hlc` on: rows, so a reader skips what it need not parse. */
  page(incidentId: string, hlc: string, limit: number): OpRow[] {
    return this.s.page.all(incidentId, hlc, limit);
  }

  /** The rows that follow `after` in the total order. */
  pageAfter(incidentId: string, after: OpRow, limit: number): OpRow[] {
    return this.s.pageAfter.all(incidentId, after.hlc, after.device_id, after.seq, limit);
  }

  /** Every op of one record, in the order the merge settles them (HLC, device). */
  ofRecord(incidentId: string, entity: string, entityId: string): Op[] {
    // No index on (entity, entity_id): the primary key narrows to the incident, and this runs on a click, not a loop.
    const sql = 'SELECT * FROM ops WHERE incident_id = ? AND entity = ? AND entity_id = ? ORDER BY hlc, device_id';
    return rowsOf<OpRow>(this.db, sql).all(incidentId, entity, entityId).map(rowToOp);
  }

  /** Every op of one entity in an incident, in the order the merge settles them. */
  ofEntity(incidentId: string, entity: string): Op[] {
    return rowsOf<OpRow>(this.db, 'SELECT * FROM ops WHERE incident_id = ? AND entity = ? ORDER BY hlc, device_id').all(incidentId, entity).map(rowToOp);
  }

  /**
   * The valid ops of an entity that set `field`, added or deleted a record, in the settling order; with `since`,
   * only one device's past a seq (unordered).
   */
  fieldOps(incidentId: string, entity: string, field: string, since?: { deviceId: string; seq: number }): FieldOp[] {
    const path = `$.${field}`;
    const params: SqlParam[] = [path, incidentId, entity, path];
    const rows = since ? this.s.fieldOpsSince.all(...params, since.deviceId, since.seq) : this.s.fieldOps.all(...params);
    return rows.map((r) => ({ entityId: r.entity_id, deviceId: r.device_id, hlc: r.hlc, action: r.action, value: r.value }));
  }

  /** The value of `field` in the latest op of a record before `hlc` that carries it as JSON of `type` (valid or not). */
  lastValueBefore(incidentId: string, entity: string, entityId: string, field: string, type: 'array', hlc: string): JsonValue | undefined {
    const path = `$.${field}`;
    const row = this.db
      .prepare<SqlParam[], { value: string }>(
        `SELECT json_extract(fields, ?) AS value FROM ops
         WHERE incident_id = ? AND entity = ? AND entity_id = ? AND hlc < ? AND json_type(fields, ?) = ?
         ORDER BY hlc DESC, device_id DESC LIMIT 1`,
      )
      .get(path, incidentId, entity, entityId, hlc, path, type);
    return row ? (JSON.parse(row.value) as JsonValue) : undefined;
  }

  /** A page of the log, newest first, and how many ops match the filters (whatever `before` says). */
  search(filter: OpSearch, limit: number, offset: number): { ops: Op[]; total: number } {
    const where = ['incident_id = ?', 'entity != ?'];
    const params: SqlParam[] = [filter.incidentId, filter.without];
    if (filter.entities?.length) {
      where.push(`entity IN (${filter.entities.map(() => '?').join(',')})`);
      params.push(...filter.entities);
    }
    if (filter.text) {
      where.push("fields LIKE ? ESCAPE '\\'");
      params.push(`%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const total = rowsOf<{ n: number }>(this.db, `SELECT count(*) AS n FROM ops WHERE ${where.join(' AND ')}`).get(...params)?.n ?? 0;
    if (filter.before) {
      where.push('hlc < ?');
      params.push(filter.before);
    }
    const rows = this.db
      .prepare<SqlParam[], OpRow>(`SELECT * FROM ops WHERE ${where.join(' AND ')} ORDER BY hlc DESC, device_id DESC LIMIT ? OFFSET ?`)
      .all(...params, limit, offset);
    return { ops: rows.map(rowToOp), total };
  }

  /**
   * The valid ops written within any of `spans`, oldest first, the first `limit` of them, and how many there are:
   * a person's (or a role's holders') activity over a period. `without`: an entity people never see (the devices).
   */
  authored(incidentId: string, spans: readonly AuthorSpan[], without: string, limit: number): { ops: Op[]; total: number } {
    if (spans.length === 0) return { ops: [], total: 0 };
    const within = spans.map(() => '(author = ? AND hlc >= ? AND hlc < ?)').join(' OR ');
    const where = `incident_id = ? AND entity != ? AND (${within}) AND ${VALID}`;
    const params: SqlParam[] = [incidentId, without, ...spans.flatMap((s) => [s.author, s.from, s.to])];
    const total = rowsOf<{ n: number }>(this.db, `SELECT count(*) AS n FROM ops o WHERE ${where}`).get(...params)?.n ?? 0;
    const rows = rowsOf<OpRow>(this.db, `SELECT * FROM ops o WHERE ${where} ORDER BY hlc, device_id, seq LIMIT ?`).all(...params, limit);
    return { ops: rows.map(rowToOp), total };
  }

  /** The device that wrote the op of `entity` with `action` stamped `hlc`, if held. */
  writerOf(incidentId: string, entity: string, action: Op['action'], hlc: string): string | undefined {
    const sql = 'SELECT device_id AS deviceId FROM ops WHERE incident_id = ? AND hlc = ? AND entity = ? AND action = ?';
    return rowsOf<{ deviceId: string }>(this.db, sql).get(incidentId, hlc, entity, action)?.deviceId;
  }

  /** The HLC of the newest op this console holds of the incident, judged valid or not: a cut every holder of the same ops agrees on. */
  newestHlc(incidentId: string): string | undefined {
    return rowsOf<{ hlc: string | null }>(this.db, 'SELECT max(hlc) AS hlc FROM ops WHERE incident_id = ?').get(incidentId)?.hlc ?? undefined;
  }

  /** The devices that announced themselves in an incident, with who was signed in then. */
  devices(incidentId: string): { id: string; author: string }[] {
    return rowsOf<{ id: string; author: string }>(this.db, 'SELECT id, author FROM devices WHERE incident_id = ?').all(incidentId);
  }

  /** The refused edits of an incident, newest first. */
  refused(incidentId: string, limit: number, offset: number): RefusedOp[] {
    const sql = `${REFUSED} WHERE r.incident_id = ? ORDER BY r.hlc DESC, r.device_id DESC, r.seq DESC LIMIT ? OFFSET ?`;
    return rowsOf<RefusedRow>(this.db, sql).all(incidentId, limit, offset).map(toRefused);
  }

  /** One refused edit, if the judge refused that op. */
  refusedAt(incidentId: string, deviceId: string, seq: number): RefusedOp | undefined {
    const row = rowsOf<RefusedRow>(this.db, `${REFUSED} WHERE r.incident_id = ? AND r.device_id = ? AND r.seq = ?`).get(incidentId, deviceId, seq);
    return row ? toRefused(row) : undefined;
  }

  refusedCount(incidentId: string): number {
    return rowsOf<{ n: number }>(this.db, 'SELECT count(*) AS n FROM refused_ops WHERE incident_id = ?').get(incidentId)?.n ?? 0;
  }

  /** Per device, how many of its edits were refused and when the last of them was stamped. */
  refusedByDevice(incidentId: string): { deviceId: string; count: number; lastHlc: string }[] {
    const sql = 'SELECT device_id AS deviceId, count(*) AS count, max(hlc) AS lastHlc FROM refused_ops WHERE incident_id = ? GROUP BY device_id';
    return rowsOf<{ deviceId: string; count: number; lastHlc: string }>(this.db, sql).all(incidentId);
  }
}

const histories = new WeakMap<Db, OpHistory>();

/** The op history of a connection, its statements prepared once. */
export function opHistory(db: Db): OpHistory {
  let history = histories.get(db);
  if (!history) histories.set(db, (history = new OpHistory(db)));
  return history;
}
