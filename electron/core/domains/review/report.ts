import type { AfterAction, ReviewDecision } from '../../../../shared/domain/review';
import type { Decision } from '../../../../shared/domain/priority';
import { ConcordError } from '../../../../shared/result';
import { listDecisions } from '../decision';
import { getIncident } from '../incident';
import { incidentItems } from '../playbook';
import { listPriorities } from '../priority';
import { brokenPromises } from '../promise';
import { everyRefused } from '../refusal';
import { statementDetails } from '../statement';
import { decodeHlc } from '../../kernel/ops/hlc';
import { isoAt } from '../../kernel/query/list-query';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { minutesBetween } from './durations';
import { byInstant } from './order';
import { refusalCounts } from './refusals';
import { lateUpdates, statementTimes } from './statements';

const line = (d: Decision): ReviewDecision => ({ id: d.id, at: d.decidedAt, what: d.what, decidedByName: d.decidedByName });

/**
 * Each priority in the commander's order with the decisions taken for it, oldest first (a decision serving two
 * priorities is under both); apart, the decisions that serve none of today's priorities.
 */
function decisionsAgainstPriorities(ws: Workspace, incidentId: string): AfterAction['decisions'] {
  const decisions = listDecisions(ws, incidentId).reverse();
  const priorities = listPriorities(ws, incidentId);
  const current = new Set(priorities.map((p) => p.id));
  return {
    priorities: priorities.map((p, i) => ({
      id: p.id,
      rank: i + 1,
      title: p.title,
      visibility: p.visibility,
      decisions: decisions.filter((d) => d.priorityIds.includes(p.id)).map(line),
    })),
    unlinked: decisions
      .filter((d) => !d.priorityIds.some((id) => current.has(id)))
      .map((d) => ({ ...line(d), noPriorityReason: d.noPriorityReason ? d.noPriorityReason : null, priorityTitles: d.priorityTitles })),
  };
}

/** Playbook items ticked after they were due, and those still open past it at `now`. */
function latePlaybookItems(ws: Workspace, incidentId: string, nowMs: number): AfterAction['playbook'] {
  const items = incidentItems(ws, incidentId, nowMs);
  const now = isoAt(nowMs);
  return {
    doneLate: items.flatMap((i) =>
      i.state === 'done' && i.doneAt !== null && Date.parse(i.doneAt) > Date.parse(i.dueAt)
        ? [{ id: i.id, text: i.text, dueAt: i.dueAt, doneAt: i.doneAt, lateMinutes: minutesBetween(i.dueAt, i.doneAt) }]
        : [],
    ),
    overdue: items.filter((i) => i.overdue).map((i) => ({ id: i.id, text: i.text, dueAt: i.dueAt, doneAt: null, lateMinutes: minutesBetween(i.dueAt, now) })),
  };
}

function promisesBroken(ws: Workspace, incidentId: string, now: string): AfterAction['promises'] {
  const { notKept, overdue } = brokenPromises(ws, incidentId, now);
  return [...notKept.map((p) => ({ ...p, outcome: 'not kept' as const })), ...overdue.map((p) => ({ ...p, outcome: 'overdue' as const }))].sort(
    byInstant((p) => p.dueAt, (p) => p.id),
  );
}

/**
 * The after-action report as of the newest op this console holds of the incident: a pure function of the
 * projection and that cut (its "now" is the cut's wall time, never this console's clock), so consoles holding the
 * same ops answer the same report.
 */
export function afterAction(ws: Workspace, incidentId: string): AfterAction {
  const incident = getIncident(ws, incidentId);
  const asOf = opHistory(ws.db).newestHlc(incidentId);
  if (asOf === undefined) throw new ConcordError('not_found', `no incident ${incidentId}`);
  const nowMs = decodeHlc(asOf).wall;
  const now = isoAt(nowMs);
  const statements = statementDetails(ws, incidentId);
  return {
    incidentId,
    incidentName: incident.name,
    startedAt: incident.startedAt,
    asOf,
    asOfTime: now,
    decisions: decisionsAgainstPriorities(ws, incidentId),
    statements: statementTimes(statements, now),
    updates: lateUpdates(statements, now),
    refusals: refusalCounts(everyRefused(ws, incidentId)),
    playbook: latePlaybookItems(ws, incidentId, nowMs),
    promises: promisesBroken(ws, incidentId, now),
  };
}
