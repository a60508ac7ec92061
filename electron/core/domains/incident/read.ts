import type { Incident } from '../../../../shared/domain/incident';
import { ConcordError } from '../../../../shared/result';
import { rowsOf } from '../../kernel/db/rows';
import { HybridClock } from '../../kernel/ops/hlc';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { incidentEntity } from './entity';

/** The only SQL on incidents: an incident row, with when it last changed. */
interface IncidentRow extends ProjectionRow {
  updated_hlc: string;
}

function toIncident(row: IncidentRow): Incident {
  const { incidentId: _sameAsId, creatorKey: _creatorKey, idNonce: _idNonce, ...fields } = recordOf(incidentEntity, row);
  return { ...fields, withheldNames: fields.withheldNames ?? [], updatedAt: HybridClock.toIso(row.updated_hlc) };
}

export function getIncident(ws: Workspace, id: string): Incident {
  const row = rowsOf<IncidentRow>(ws.db, 'SELECT * FROM incidents WHERE id = ? AND deleted = 0').get(id);
  if (!row) throw new ConcordError('not_found', `no incident ${id}`);
  return toIncident(row);
}

export const listIncidents = (ws: Workspace): Incident[] =>
  rowsOf<IncidentRow>(ws.db, 'SELECT * FROM incidents WHERE deleted = 0 ORDER BY created_at DESC, id').all().map(toIncident);

/** The HLC of the op that opened the incident, once this console holds it. */
export const incidentOpenedAt = (ws: Workspace, id: string): string | undefined =>
  rowsOf<{ hlc: string }>(ws.db, 'SELECT created_hlc AS hlc FROM incidents WHERE id = ?').get(id)?.hlc;
