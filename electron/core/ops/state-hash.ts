import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import type { EntityDef } from './entities';

/**
 * A hash over every projection row of an incident, tables in name order and rows in id order.
 * Two consoles holding the same ops hold the same rows, so they answer the same hash.
 */
export function stateHash(db: Db, incidentId: string, defs: readonly EntityDef[]): string {
  const h = createHash('sha256');
  const tables = ['devices', ...defs.map((d) => d.table)].sort();
  for (const table of tables) {
    h.update(`\u0000${table}\u0000`);
    const rows = db.prepare(`SELECT * FROM ${table} WHERE incident_id = ? ORDER BY id`).raw().iterate(incidentId) as IterableIterator<unknown[]>;
    for (const row of rows) h.update(`${JSON.stringify(row)}\n`);
  }
  return h.digest('hex');
}
