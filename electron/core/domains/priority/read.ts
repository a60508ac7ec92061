import type { Priority } from '../../../../shared/domain/priority';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { HybridClock } from '../../kernel/ops/hlc';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { priorityEntity } from './entity';
import { byRank } from './ranks';

/** The only SQL on priorities: a priority row, with who created it and when. */
interface PriorityRow extends ProjectionRow {
  created_hlc: string;
  created_by: string;
}

const toPriority = (row: PriorityRow): Priority => {
  const { incidentId: _incident, ...fields } = recordOf(priorityEntity, row);
  return { ...fields, createdAt: HybridClock.toIso(row.created_hlc), createdBy: row.created_by };
};

/** The incident's priorities in the commander's order. */
export function listPriorities(ws: Workspace, incidentId: string): Priority[] {
  getIncident(ws, incidentId);
  return rowsOf<PriorityRow>(ws.db, 'SELECT * FROM priorities WHERE incident_id = ? AND deleted = 0').all(incidentId).map(toPriority).sort(byRank);
}

/** Titles of the incident's internal priorities: a statement quoting one discloses what stays in the room. */
export const internalPriorityTitles = (ws: Workspace, incidentId: string): string[] =>
  rowsOf<{ title: string }>(ws.db, "SELECT title FROM priorities WHERE incident_id = ? AND deleted = 0 AND visibility = 'internal'").all(incidentId).map((r) => r.title);
