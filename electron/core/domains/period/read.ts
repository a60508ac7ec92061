import type { Period } from '../../../../shared/domain/period';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { requireRow } from '../../kernel/query/links';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { periodEntity } from './entity';

/**
 * The only SQL on periods. A period joins its lead's name and counts its reports, as a task joins its links'
 * names; its objectives' titles come from the priorities in one query per read.
 */
const SELECT = `SELECT t.*, p.name AS lead_name, (SELECT count(*) FROM sitreps s WHERE s.period_id = t.id) AS reports
  FROM operational_periods t LEFT JOIN people p ON p.id = t.lead_id`;

interface PeriodRow extends ProjectionRow {
  lead_name: string | null;
  reports: number;
}

function toPeriods(ws: Workspace, rows: readonly PeriodRow[]): Period[] {
  const records = rows.map((row) => ({ ...recordOf(periodEntity, row), leadName: row.lead_name, reports: row.reports }));
  const ids = [...new Set(records.flatMap((r) => r.objectiveIds))];
  const titles = new Map(
    ids.length === 0
      ? []
      : rowsOf<{ id: string; title: string }>(ws.db, `SELECT id, title FROM priorities WHERE id IN (${ids.map(() => '?').join(',')})`)
          .all(...ids)
          .map((p) => [p.id, p.title] as const),
  );
  return records.map((r) => ({
    ...r,
    objectives: r.objectiveIds.flatMap((id) => {
      const title = titles.get(id);
      return title === undefined ? [] : [{ id, title }];
    }),
  }));
}

export function getPeriod(ws: Workspace, id: string): Period {
  requireRow(ws, 'operationalPeriod', id, 'operational period');
  const row = rowsOf<PeriodRow>(ws.db, `${SELECT} WHERE t.id = ?`).get(id);
  if (!row) throw new Error(`operational period ${id} vanished between two reads`);
  const [period] = toPeriods(ws, [row]);
  if (!period) throw new Error(`operational period ${id} did not read back`);
  return period;
}

/** Newest first: the current period leads the list. */
export function listPeriods(ws: Workspace, incidentId: string): Period[] {
  getIncident(ws, incidentId);
  return toPeriods(ws, rowsOf<PeriodRow>(ws.db, `${SELECT} WHERE t.incident_id = ? AND t.deleted = 0 ORDER BY t.number DESC, t.id`).all(incidentId));
}

/** The period not closed, if any: only the newest can be open, since starting one closes the one before. */
export function currentPeriod(ws: Workspace, incidentId: string): Period | null {
  const newest = listPeriods(ws, incidentId)[0];
  return newest && newest.closedAt === null ? newest : null;
}
