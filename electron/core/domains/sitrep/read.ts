import type { z } from 'zod';
import type { Sitrep, SitrepSummary, sitrepListInput } from '../../../../shared/domain/sitrep';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { HybridClock } from '../../kernel/ops/hlc';
import { requireRow } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';

/** The only SQL on situation reports. A report joins its author's name and its period's number. */
const SELECT = `SELECT s.id, s.incident_id, s.period_id, s.as_of, s.hash, p.name AS author_name, o.number AS period_number
  FROM sitreps s LEFT JOIN people p ON p.id = s.author LEFT JOIN operational_periods o ON o.id = s.period_id`;

interface SitrepRow {
  id: string;
  incident_id: string;
  period_id: string;
  as_of: string;
  hash: string;
  author_name: string | null;
  period_number: number;
}

const toSummary = (r: SitrepRow): SitrepSummary => ({
  id: r.id,
  incidentId: r.incident_id,
  periodId: r.period_id,
  asOf: r.as_of,
  hash: r.hash,
  authorName: r.author_name,
  periodNumber: r.period_number,
  asOfTime: HybridClock.toIso(r.as_of),
});

export function getSitrep(ws: Workspace, id: string): Sitrep {
  requireRow(ws, 'sitrep', id, 'situation report');
  const row = rowsOf<SitrepRow & { content: string }>(ws.db, `${SELECT.replace('s.hash,', 's.hash, s.content,')} WHERE s.id = ?`).get(id);
  if (!row) throw new Error(`situation report ${id} vanished between two reads`);
  const { periodNumber: _n, asOfTime: _t, ...summary } = toSummary(row);
  return { ...summary, content: row.content };
}

/** Newest cut first. */
export function listSitreps(ws: Workspace, input: z.output<typeof sitrepListInput>): SitrepSummary[] {
  getIncident(ws, input.incidentId);
  const byPeriod = input.periodId ? ' AND s.period_id = ?' : '';
  const params = input.periodId ? [input.incidentId, input.periodId] : [input.incidentId];
  return rowsOf<SitrepRow>(ws.db, `${SELECT} WHERE s.incident_id = ?${byPeriod} ORDER BY s.as_of DESC, s.id DESC`).all(...params).map(toSummary);
}

/** The incident's latest report: the next one lists the decisions taken since its cut. */
export const previousReport = (ws: Workspace, incidentId: string): { id: string; asOf: string } | undefined =>
  rowsOf<{ id: string; asOf: string }>(ws.db, 'SELECT id, as_of AS asOf FROM sitreps WHERE incident_id = ? ORDER BY as_of DESC, id DESC LIMIT 1').get(incidentId);
