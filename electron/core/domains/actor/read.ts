import { DEFAULT_STALE_AFTER_MINUTES, actorKinds, actorStatuses, type Actor, type ActorKind, type ActorListInput, type ActorStatus, type ActorSummary } from '../../../../shared/domain/actor';
import type { Ics201, Ics203 } from '../../../../shared/domain/form';
import type { SitrepContent } from '../../../../shared/domain/sitrep';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { requireRow } from '../../kernel/query/links';
import { ListQuery, isoAt } from '../../kernel/query/list-query';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { actorEntity } from './entity';

/** The only SQL on actors and their settings. */

type ActorReport = SitrepContent['actors'];

export function staleAfterMinutes(ws: Workspace, incidentId: string): number {
  const row = rowsOf<{ m: number | null }>(ws.db, 'SELECT stale_after_minutes AS m FROM actor_settings WHERE id = ?').get(incidentId);
  return row?.m ?? DEFAULT_STALE_AFTER_MINUTES;
}

/** The instant before which a silent actor is stale, from the console's clock (a test clock in tests). */
const staleCutoff = (ws: Workspace, incidentId: string): string => isoAt(ws.clock.now() - staleAfterMinutes(ws, incidentId) * 60_000);

/** SQL for the stale flag; the cutoff is its one parameter. A released actor is never stale. */
const LAST_HEARD = 'coalesce(t.last_check_in_at, t.created_at)';
const STALE_SQL = `(t.status != 'released' AND ${LAST_HEARD} < ?)`;

function toActor(row: ProjectionRow, cutoff: string): Actor {
  const fields = recordOf(actorEntity, row);
  const last = fields.lastCheckInAt ?? fields.createdAt;
  return { ...fields, stale: fields.status !== 'released' && last < cutoff };
}

export function getActor(ws: Workspace, id: string): Actor {
  const row = requireRow(ws, 'actor', id, 'actor');
  return toActor(row, staleCutoff(ws, row.incident_id));
}

/** Whether the incident has its own stale setting yet (the first one is an `add`). */
export const hasStaleSetting = (ws: Workspace, incidentId: string): boolean =>
  rowsOf<{ one: number }>(ws.db, 'SELECT 1 AS one FROM actor_settings WHERE id = ?').get(incidentId) !== undefined;

/** The incident's actors as the look-alike check compares them. */
export const actorsToCompare = (ws: Workspace, incidentId: string): { id: string; name: string; kind: ActorKind; contact: string }[] =>
  rowsOf<{ id: string; name: string; kind: ActorKind; contact: string | null }>(ws.db, 'SELECT id, name, kind, contact FROM actors WHERE incident_id = ? AND deleted = 0')
    .all(incidentId)
    .map((a) => ({ ...a, contact: a.contact ?? '' }));

const orderBy: Record<ActorListInput['sort'], string> = {
  name: 't.name COLLATE NOCASE',
  kind: 't.kind',
  status: 't.status',
  // Released actors need no chasing: they come after everyone still deployed.
  lastCheckIn: `t.status = 'released', ${LAST_HEARD}`,
};

export function listActors(ws: Workspace, input: ActorListInput): { actors: Actor[]; total: number; staleAfterMinutes: number } {
  getIncident(ws, input.incidentId);
  const cutoff = staleCutoff(ws, input.incidentId);
  const q = new ListQuery('actors t', input.incidentId)
    .in('t.status', input.statuses)
    .in('t.kind', input.kinds)
    .text(['t.name', 't.role', 't.location', 't.contact'], input.text);
  if (input.staleOnly) q.add(STALE_SQL, cutoff);
  const rows = q.page(ws.db, 't.*', `${orderBy[input.sort]} ${input.dir}`, input.offset, input.limit);
  return { actors: rows.map((r) => toActor(r, cutoff)), total: q.count(ws.db), staleAfterMinutes: staleAfterMinutes(ws, input.incidentId) };
}

export function summariseActors(ws: Workspace, incidentId: string, shown = 8): ActorSummary {
  getIncident(ws, incidentId);
  const cutoff = staleCutoff(ws, incidentId);
  const all = new ListQuery('actors t', incidentId);
  const byStatus = all.countBy(ws.db, 't.status', actorStatuses);
  const staleCount = new ListQuery('actors t', incidentId).add(STALE_SQL, cutoff).count(ws.db);
  // Stale ones first, longest silent first; then the active ones most recently heard from.
  const attention = new ListQuery('actors t', incidentId)
    .add("t.status != 'released'")
    .page(ws.db, 't.*', `${STALE_SQL} DESC, CASE WHEN ${STALE_SQL} THEN ${LAST_HEARD} END ASC, ${LAST_HEARD} DESC`, 0, shown, [cutoff, cutoff])
    .map((r) => toActor(r, cutoff));
  return {
    total: Object.values(byStatus).reduce((s, n) => s + n, 0),
    byStatus,
    staleCount,
    staleAfterMinutes: staleAfterMinutes(ws, incidentId),
    attention,
  };
}

/**
 * For a situation report: counts by status and every stale actor, longest silent first, as of `nowMs` (the
 * report's cut, not this console's clock, so every console writes the same report).
 */
export function actorsForReport(ws: Workspace, incidentId: string, nowMs: number): ActorReport {
  const minutes = staleAfterMinutes(ws, incidentId);
  const cutoff = isoAt(nowMs - minutes * 60_000);
  const byStatus = new ListQuery('actors t', incidentId).countBy(ws.db, 't.status', actorStatuses);
  const stale = rowsOf<{ id: string; name: string; status: string; last_heard: string }>(
    ws.db,
    `SELECT t.id, t.name, t.status, ${LAST_HEARD} AS last_heard FROM actors t WHERE t.incident_id = ? AND t.deleted = 0 AND ${STALE_SQL} ORDER BY last_heard, t.id`,
  ).all(incidentId, cutoff);
  return {
    total: Object.values(byStatus).reduce((s, n) => s + n, 0),
    byStatus: actorStatuses.map((status) => ({ status, count: byStatus[status] ?? 0 })),
    staleAfterMinutes: minutes,
    stale: stale.map((a) => ({ id: a.id, name: a.name, status: a.status, lastHeardAt: a.last_heard })),
  };
}

/** For an incident briefing (ICS 201): how many actors of each kind are in each status, kinds and statuses in their declared order. */
export function actorsByKindAndStatus(ws: Workspace, incidentId: string): Ics201['resources'] {
  const rows = rowsOf<{ kind: ActorKind; status: ActorStatus; n: number }>(
    ws.db,
    'SELECT kind, status, count(*) AS n FROM actors WHERE incident_id = ? AND deleted = 0 GROUP BY kind, status',
  ).all(incidentId);
  return actorKinds.flatMap((kind) => {
    const byStatus = actorStatuses.map((status) => ({ status, count: rows.find((r) => r.kind === kind && r.status === status)?.n ?? 0 }));
    const total = byStatus.reduce((sum, s) => sum + s.count, 0);
    return total === 0 ? [] : [{ kind, total, byStatus }];
  });
}

/** For an organisation list (ICS 203): the first `limit` actors not released, by kind then name, and how many there are. */
export function deployedActors(ws: Workspace, incidentId: string, limit: number): Ics203['agencyRepresentatives'] {
  const q = new ListQuery('actors t', incidentId).add("t.status != 'released'");
  const items = q
    .page(ws.db, 't.*', 't.kind, t.name COLLATE NOCASE', 0, limit)
    .map((row) => recordOf(actorEntity, row))
    .map((a) => ({ id: a.id, name: a.name, kind: a.kind, role: a.role, status: a.status }));
  return { items, total: q.count(ws.db) };
}
