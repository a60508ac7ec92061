import type { FormPeriod, FormPerson, PreparedBy } from '../../../../shared/domain/form';
import type { Period } from '../../../../shared/domain/period';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import { currentOperator, LATEST_HLC, type Posting } from '../roster';
import { encodeHlc, HybridClock } from '../../kernel/ops/hlc';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';

/** A span of the op log in HLCs, `start` inclusive, `end` exclusive. */
export interface Span {
  start: string;
  end: string;
}

/** From here on: who holds a role now. */
export const NOW: Span = { start: LATEST_HLC, end: LATEST_HLC };

const hlcAt = (instant: string): string => encodeHlc({ wall: Date.parse(instant), counter: 0 });

/** What heads every form: its incident, and the cut it is read at (the newest op held), whose time it is prepared at. */
export function formHead(ws: Workspace, incidentId: string): { incidentId: string; asOf: string; preparedAt: string; incidentName: string } {
  const incident = getIncident(ws, incidentId);
  const asOf = opHistory(ws.db).newestHlc(incidentId);
  if (asOf === undefined) throw new ConcordError('not_found', `no incident ${incidentId}`);
  return { incidentId, asOf, preparedAt: HybridClock.toIso(asOf), incidentName: incident.name };
}

/**
 * Forms are read by anyone signed in on this incident, an observer too: each names who prepared it, and a form
 * nobody signed for is not one an EOC sends on.
 */
export function signedInReader(ws: Workspace, incidentId: string): PreparedBy {
  const operator = currentOperator(ws);
  if (!operator || operator.incidentId !== incidentId) throw new ConcordError('forbidden', 'sign in on this incident first: a form names who prepared it');
  return { personId: operator.personId, name: operator.name, positions: operator.roles.map((r) => r.name) };
}

/** A period as its forms show it, and its span in the log: from its start until it closed (or on, while open). */
export function formPeriod(period: Period): { form: FormPeriod; span: Span } {
  return {
    form: { id: period.id, number: period.number, from: period.startedAt, to: period.plannedEndAt, closedAt: period.closedAt },
    span: { start: hlcAt(period.startedAt), end: period.closedAt === null ? LATEST_HLC : hlcAt(period.closedAt) },
  };
}

/** Assignments that ran during any part of the span; with `NOW`, those still running. */
export const heldDuring = (postings: readonly Posting[], span: Span): Posting[] =>
  postings.filter((p) => p.from < span.end && (p.until === null || p.until > span.start));

export const personOf = (p: Posting): FormPerson => ({ personId: p.personId, name: p.personName, agency: p.agency });

/** Each person once, in the order first met. */
export const distinctPeople = (postings: readonly Posting[]): FormPerson[] => [...new Map(postings.map((p) => [p.personId, personOf(p)])).values()];

/** Each value once, in the order first met. */
export const distinct = (values: readonly string[]): string[] => [...new Set(values)];
