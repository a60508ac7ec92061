import {
  correctableStatuses,
  openRumourStatuses,
  rumourStatuses,
  type Rumour,
  type RumourListInput,
  type RumourOpen,
  type RumourPerDay,
} from '../../../../shared/domain/rumour';
import type { SitrepContent } from '../../../../shared/domain/sitrep';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { requireRow } from '../../kernel/query/links';
import { ListQuery } from '../../kernel/query/list-query';
import { dayModifier, everyDay } from '../../kernel/query/per-day';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { FalseClaim } from '../../../../shared/rules/guidance/types';
import type { Workspace } from '../../kernel/store/workspace';
import { rumourEntity } from './entity';

/** The only SQL on rumours. */
const STATUS_ORDER = `CASE t.status ${rumourStatuses.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

const toRumour = (row: ProjectionRow): Rumour => {
  const fields = recordOf(rumourEntity, row);
  return { ...fields, targetNeedIds: fields.targetNeedIds ?? [], falsePhrases: fields.falsePhrases ?? [], correctionIds: fields.correctionIds ?? [] };
};

export function getRumour(ws: Workspace, id: string): Rumour {
  return toRumour(requireRow(ws, 'rumour', id, 'rumour'));
}

/** The default direction reads as people expect of each column: the widest reach and the least settled first. */
const order = (sort: RumourListInput['sort'], dir: 'asc' | 'desc'): string => {
  switch (sort) {
    case 'reach':
      return `t.reach ${dir === 'asc' ? 'DESC' : 'ASC'}`;
    case 'firstSeen':
      return `t.first_seen_at ${dir}`;
    case 'status':
      return `${STATUS_ORDER} ${dir}, t.reach DESC`;
  }
};

export function listRumours(ws: Workspace, input: RumourListInput): { rumours: Rumour[]; total: number } {
  getIncident(ws, input.incidentId);
  const q = new ListQuery('rumours t', input.incidentId)
    .in('t.status', input.statuses)
    .text(['t.claim', 't.first_seen_where', 't.facts'], input.text);
  const page = q.pageAndCount(ws.db, 't.*', order(input.sort, input.dir), input.offset, input.limit);
  return { rumours: page.rows.map(toRumour), total: page.total };
}

/** For the command view: the claims still to act on, those reaching most people first. */
export function openRumours(ws: Workspace, incidentId: string, shown = 5): RumourOpen {
  getIncident(ws, incidentId);
  const open = () => new ListQuery('rumours t', incidentId).in('t.status', openRumourStatuses);
  return {
    top: open().page(ws.db, 't.*', 't.reach DESC', 0, shown).map(toRumour),
    open: open().count(ws.db),
    byStatus: new ListQuery('rumours t', incidentId).countBy(ws.db, 't.status', rumourStatuses),
  };
}

/** Rumours by the day they were first seen and their status now. */
export function rumoursPerDay(ws: Workspace, incidentId: string, utcOffsetMinutes: number): RumourPerDay {
  getIncident(ws, incidentId);
  const counts = rumourStatuses.map((s) => `sum(status = '${s}') AS "${s}"`).join(', ');
  const rows = rowsOf<RumourPerDay[number]>(
    ws.db,
    `SELECT date(first_seen_at, ?) AS day, ${counts} FROM rumours WHERE incident_id = ? AND deleted = 0 GROUP BY day ORDER BY day`,
  ).all(dayModifier(utcOffsetMinutes), incidentId);
  return everyDay(rows, ws.clock.now(), utcOffsetMinutes, (day) => ({ day, unverified: 0, true: 0, false: 0, misleading: 0 }));
}

/**
 * The claims verified as false or misleading with the phrases a statement must not repeat: what the statements'
 * guidance check is given (app/domains.ts injects it, so the statement domain needs no rumour import).
 */
export function falseClaims(ws: Workspace, incidentId: string): FalseClaim[] {
  const rows = rowsOf<ProjectionRow>(ws.db, `SELECT * FROM rumours t WHERE t.incident_id = ? AND t.deleted = 0 AND t.status IN (${correctableStatuses.map((s) => `'${s}'`).join(',')}) ORDER BY t.reach DESC, t.id`).all(incidentId);
  // A claim without its false phrases is still caught when a sentence restates most of it.
  return rows.map(toRumour).map((r) => ({ claim: r.claim, phrases: r.falsePhrases }));
}

/** For a situation report: every claim still to act on, those reaching most people first. */
export const rumoursForReport = (ws: Workspace, incidentId: string): SitrepContent['rumours'] =>
  new ListQuery('rumours t', incidentId)
    .in('t.status', openRumourStatuses)
    .page(ws.db, 't.*', 't.reach DESC, t.first_seen_at', 0, -1)
    .map(toRumour)
    .map((r) => ({ id: r.id, claim: r.claim, status: r.status, reach: r.reach }));
