import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './open';

/** What a statement binds: SQLite's own values (booleans and JSON are encoded before they get here). */
export type SqlParam = string | number | bigint | Buffer | null;

/**
 * The one way the core reads rows: a statement whose rows have the declared type `Row`, the columns its SQL selects
 * as SQLite returns them (snake-cased, booleans as 0 or 1, JSON as text). Nothing is checked at run time: projections
 * are read on every screen refresh, and the SQL right next to the type is what makes it true. Callers declare `Row`
 * next to their SQL, in their domain's read.ts.
 */
export const rowsOf = <Row>(db: Db, sql: string): Statement<SqlParam[], Row> => db.prepare<SqlParam[], Row>(sql);
