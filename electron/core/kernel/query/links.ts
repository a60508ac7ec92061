import type { EntityName } from '../../../../shared/domain/entities';
import { ConcordError } from '../../../../shared/result';
import { rowsOf } from '../db/rows';
import type { Workspace } from '../store/workspace';
import type { ProjectionRow as Row } from './records';

/**
 * `not_found` unless this console holds ops of the incident. For domains that may not depend on the incident domain
 * (the roster, which the incident's opening seeds); the others read the incident itself through its index.
 */
export function requireIncident(ws: Workspace, incidentId: string): void {
  if (!ws.ops.holds(incidentId)) throw new ConcordError('not_found', `no incident ${incidentId}`);
}

/**
 * A record by id, unless tombstoned. Append-only tables have no `deleted` column: their rows never go away. Callers
 * name the entity, not its table: the table is the owning domain's to name, in its entity definition.
 */
function liveRow(ws: Workspace, entity: EntityName, id: string): Row | undefined {
  const row = rowsOf<Row>(ws.db, `SELECT * FROM ${ws.ops.projector.entity(entity).table} WHERE id = ?`).get(id);
  return row && row.deleted !== 1 ? row : undefined;
}

/**
 * The live row of a record of `incidentId`, or `not_found`. Record ids are global, so a method given an incident
 * and a record must check they go together before it commits or reads anything: otherwise an op stamped with
 * one incident would change (or, for an unknown id, create) a record the other incident's checks never saw.
 */
export function requireInIncident(ws: Workspace, entity: EntityName, incidentId: string, id: string, what: string): Row {
  const row = liveRow(ws, entity, id);
  if (!row || row.incident_id !== incidentId) throw new ConcordError('not_found', `${what} ${id} is not in this incident`);
  return row;
}

/**
 * The live row of a record named without its incident, or `not_found`. The caller answers for the row's own
 * `incident_id`: ops it commits go to that incident, whose permission guard checks the operator.
 */
export function requireRow(ws: Workspace, entity: EntityName, id: string, what: string): Row {
  const row = liveRow(ws, entity, id);
  if (!row) throw new ConcordError('not_found', `no ${what} ${id}`);
  return row;
}
