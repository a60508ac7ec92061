import type { z } from 'zod';
import type { Engagement, engagementListInput, Temperature, Trend } from '../../../../shared/domain/engagement';
import { protectionRiskLevels, type ProtectionRiskLevel } from '../../../../shared/domain/protection';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { requireRow } from '../../kernel/query/links';
import { ListQuery } from '../../kernel/query/list-query';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { engagementEntity } from './entity';

/**
 * The only SQL on engagements. An engagement joins its community's name and counts the promises made in it; the
 * temperatures read the communities (protection needs), their case managers (people), their entry points (actors)
 * and their promises in a fixed number of queries, whatever the number of communities.
 */
const FROM = 'engagements t LEFT JOIN protection_needs n ON n.id = t.need_id';
const SELECT = "t.*, n.name AS need_name, (SELECT count(*) FROM promises p WHERE p.source_id = t.id AND p.source_kind = 'engagement' AND p.deleted = 0) AS promises_made";

interface EngagementRow extends ProjectionRow {
  need_name: string | null;
  promises_made: number;
}

const toEngagement = (row: EngagementRow): Engagement => ({ ...recordOf(engagementEntity, row), needName: row.need_name, promisesMade: row.promises_made });

export function getEngagement(ws: Workspace, id: string): Engagement {
  requireRow(ws, 'engagement', id, 'engagement');
  const row = rowsOf<EngagementRow>(ws.db, `SELECT ${SELECT} FROM ${FROM} WHERE t.id = ?`).get(id);
  if (!row) throw new Error(`engagement ${id} vanished between two reads`);
  return toEngagement(row);
}

/** Newest first by default: the latest word from a community is the one a liaison reads first. */
export function listEngagements(ws: Workspace, input: z.output<typeof engagementListInput>): { engagements: Engagement[]; total: number } {
  getIncident(ws, input.incidentId);
  const q = new ListQuery(FROM, input.incidentId);
  if (input.needId) q.add('t.need_id = ?', input.needId);
  return { engagements: q.page<EngagementRow>(ws.db, SELECT, `t.at ${input.dir}`, input.offset, input.limit).map(toEngagement), total: q.count(ws.db) };
}

/** A community not closed, with its case manager's name and its promise counts. */
export interface CommunityRow {
  id: string;
  name: string;
  risk_level: ProtectionRiskLevel;
  created_at: string;
  last_contact_at: string | null;
  case_manager_id: string | null;
  case_manager_name: string | null;
  entry_point_ids: string | null;
  open_promises: number;
  overdue_promises: number;
}

const RISK_ORDER = `CASE n.risk_level ${protectionRiskLevels.map((r, i) => `WHEN '${r}' THEN ${i}`).join(' ')} END`;

/** Most at risk first; `now` is the cutoff of an overdue promise. */
export const communityRows = (ws: Workspace, incidentId: string, now: string): CommunityRow[] =>
  rowsOf<CommunityRow>(
    ws.db,
    `SELECT n.id, n.name, n.risk_level, n.created_at, n.last_contact_at, n.case_manager_id, n.entry_point_ids, p.name AS case_manager_name,
       (SELECT count(*) FROM promises pr WHERE pr.need_id = n.id AND pr.deleted = 0 AND pr.status = 'open') AS open_promises,
       (SELECT count(*) FROM promises pr WHERE pr.need_id = n.id AND pr.deleted = 0 AND pr.status = 'open' AND pr.due_at < ?) AS overdue_promises
     FROM protection_needs n LEFT JOIN people p ON p.id = n.case_manager_id
     WHERE n.incident_id = ? AND n.deleted = 0 AND n.subject = 'community' AND n.status != 'closed'
     ORDER BY ${RISK_ORDER} DESC, n.name COLLATE NOCASE, n.id`,
  ).all(now, incidentId);

export interface ReadingRow {
  need_id: string;
  at: string;
  temperature: Temperature;
  trend: Trend;
}

/** Every engagement's reading of the incident, oldest first (then by id, so equal times keep one order). */
export const readings = (ws: Workspace, incidentId: string): ReadingRow[] =>
  rowsOf<ReadingRow>(ws.db, 'SELECT need_id, at, temperature, trend FROM engagements WHERE incident_id = ? AND deleted = 0 ORDER BY at, id').all(incidentId);

/** The names of the actors named, in one read. */
export function actorNames(ws: Workspace, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ id: string; name: string }>(ws.db, `SELECT id, name FROM actors WHERE deleted = 0 AND id IN (${ids.map(() => '?').join(',')})`).all(...ids);
  return new Map(rows.map((r) => [r.id, r.name]));
}
