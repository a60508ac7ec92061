import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import type { EntityDef } from './entities';

/**
 * A hash over every projection row of an incident, tables in name order and rows in id order.
 * Two consoles holding the same ops hold the same rows, so they answer the same hash. `records` leaves out the devices
 * and the refused edits: what a test compares to show that a refused op changed no record.
 */
export function stateHash(db: Db, incidentId: string, defs: readonly EntityDef[], scope: 'all' | 'records' = 'all'): string {
  const h = createHash('sha256');
  // The refused edits are part of the state: consoles that agree on the records but not on what they refused disagree.
  const order = new Map([['refused_ops', 'device_id, seq']]);
  const tables = [...(scope === 'all' ? ['devices', 'refused_ops'] : []), ...defs.map((d) => d.table)].sort();
  for (const table of tables) {
    h.update(`\u0000${table}\u0000`);
    const rows = db.prepare(`SELECT * FROM ${table} WHERE incident_id = ? ORDER BY ${order.get(table) ?? 'id'}`).raw().iterate(incidentId) as IterableIterator<unknown[]>;
    for (const row of rows) h.update(`${JSON.stringify(row)}\n`);
  }
  return h.digest('hex');
}
