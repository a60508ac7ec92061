import { ConcordError } from '../../../shared/result';
import type { Workspace } from '../store/workspace';

/**
 * A link from one record to another must point at a live record of the same incident: one lookup per link,
 * so a task can never serve another incident's priority or name a deleted actor.
 */
export function requireLink(ws: Workspace, table: string, incidentId: string, id: string, what: string): Record<string, unknown> {
  const row = ws.db.prepare(`SELECT * FROM ${table} WHERE id = ? AND deleted = 0`).get(id) as Record<string, unknown> | undefined;
  if (!row || row.incident_id !== incidentId) throw new ConcordError('invalid_input', `there is no ${what} ${id} in this incident`);
  return row;
}

/** The live row of a record by id, or `not_found`. */
export function requireRow(ws: Workspace, table: string, id: string, what: string): Record<string, unknown> {
  const row = ws.db.prepare(`SELECT * FROM ${table} WHERE id = ? AND deleted = 0`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new ConcordError('not_found', `no ${what} ${id}`);
  return row;
}
