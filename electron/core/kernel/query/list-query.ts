import type { Db } from '../db/open';
import { rowsOf } from '../db/rows';
import type { ProjectionRow } from './records';

type SqlParam = string | number;

/**
 * A WHERE clause built from a list method's filters. Column names come only from the services' own constants,
 * never from input; every value travels as a parameter.
 */
export class ListQuery {
  private readonly where: string[] = [];
  private readonly params: SqlParam[] = [];
  /** Whether a filter reads every row (a text search), which no index narrows. */
  private scansRows = false;

  constructor(
    private readonly from: string,
    incidentId: string,
    live = true,
  ) {
    this.add('t.incident_id = ?', incidentId);
    if (live) this.add('t.deleted = 0');
  }

  add(condition: string, ...params: SqlParam[]): this {
    this.where.push(condition);
    this.params.push(...params);
    return this;
  }

  in(column: string, values: readonly string[] | undefined): this {
    if (values?.length) this.add(`${column} IN (${values.map(() => '?').join(',')})`, ...values);
    return this;
  }

  /** Case-insensitive substring match over any of the columns; LIKE wildcards in the text are taken literally. */
  text(columns: readonly string[], text: string | undefined): this {
    if (!text) return this;
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    this.scansRows = true;
    this.add(`(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, ...columns.map(() => pattern));
    return this;
  }

  private clause(): string {
    return `FROM ${this.from} WHERE ${this.where.join(' AND ')}`;
  }

  count(db: Db): number {
    return rowsOf<{ n: number }>(db, `SELECT count(*) AS n ${this.clause()}`).get(...this.params)?.n ?? 0;
  }

  /**
   * `order` is a trusted SQL fragment with its own parameters; the row id breaks ties so pages never overlap or skip.
   * `Row` is what `select` adds to the projection row (joined names, counts), declared by the caller next to it.
   */
  page<Row extends ProjectionRow = ProjectionRow>(db: Db, select: string, order: string, offset: number, limit: number, orderParams: readonly SqlParam[] = []): Row[] {
    const sql = `SELECT ${select} ${this.clause()} ORDER BY ${order}, t.id LIMIT ? OFFSET ?`;
    return rowsOf<Row>(db, sql).all(...this.params, ...orderParams, limit, offset);
  }

  /**
   * A page and how many rows match. A text search reads every row, and reading them twice (once to sort the
   * page, once to count) doubled what the search cost: its matches are gathered once, then counted and sorted.
   * Filters an index narrows keep the two queries, whose count the index answers alone.
   */
  pageAndCount(db: Db, select: string, order: string, offset: number, limit: number): { rows: ProjectionRow[]; total: number } {
    if (!this.scansRows) return { rows: this.page(db, select, order, offset, limit), total: this.count(db) };
    const sql = `WITH matching AS MATERIALIZED (SELECT t.rowid AS r ${this.clause()})
      SELECT ${select}, (SELECT count(*) FROM matching) AS matching_count FROM matching, ${this.from} WHERE t.rowid = matching.r
      ORDER BY ${order}, t.id LIMIT ? OFFSET ?`;
    const rows = rowsOf<ProjectionRow>(db, sql).all(...this.params, limit, offset);
    const first = rows[0];
    // A page past the end carries no row, and so no count.
    return { rows, total: first ? Number(first.matching_count) : offset === 0 ? 0 : this.count(db) };
  }

  /** Counts per value of a column, every value of `keys` present (zero when absent). */
  countBy(db: Db, column: string, keys: readonly string[]): Record<string, number> {
    const rows = rowsOf<{ k: string; n: number }>(db, `SELECT ${column} AS k, count(*) AS n ${this.clause()} GROUP BY ${column}`).all(...this.params);
    const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
    for (const r of rows) counts[r.k] = r.n;
    return counts;
  }
}

/** Instants are kept as UTC ISO strings so that string order is time order in SQL. */
export const utcIso = (instant: string): string => new Date(instant).toISOString();

export const isoAt = (ms: number): string => new Date(ms).toISOString();
