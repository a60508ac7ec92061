import type { z } from 'zod';
import { ICS214_MAX_ROWS, type Ics214, type ics214Input } from '../../../../shared/domain/form';
import { ConcordError } from '../../../../shared/result';
import { toEntry } from '../log';
import { getPeriod } from '../period';
import { LATEST_HLC, personCard, personNames, postings, roleName, type Posting } from '../roster';
import { DEVICE_ENTITY } from '../../kernel/ops/op-log';
import { opHistory, type AuthorSpan } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { distinct, formHead, formPeriod, heldDuring, signedInReader, type Span } from './frame';

interface Subject {
  card: Ics214['subject'];
  spans: AuthorSpan[];
}

const later = (a: string, b: string): string => (a > b ? a : b);
const earlier = (a: string, b: string): string => (a < b ? a : b);

/** One person's log: everything they wrote during the period, whatever role they wrote it in. */
function personSubject(ws: Workspace, incidentId: string, personId: string, all: readonly Posting[], span: Span): Subject {
  const card = personCard(ws, incidentId, personId);
  if (!card) throw new ConcordError('not_found', `person ${personId} is not in this incident`);
  const positions = distinct(heldDuring(all.filter((p) => p.personId === personId), span).map((p) => p.roleName));
  return {
    card: { personId, roleId: null, names: [card.name], positions, agencies: card.agency ? [card.agency] : [] },
    spans: [{ author: personId, from: span.start, to: span.end }],
  };
}

/** A position's log: what each holder of the role wrote during the period while they held it. */
function roleSubject(ws: Workspace, incidentId: string, roleId: string, all: readonly Posting[], span: Span): Subject {
  const name = roleName(ws, incidentId, roleId);
  if (name === undefined) throw new ConcordError('not_found', `role ${roleId} is not in this incident`);
  const holders = heldDuring(all.filter((p) => p.roleId === roleId), span);
  return {
    card: {
      personId: null,
      roleId,
      names: distinct(holders.map((p) => p.personName)),
      positions: [name],
      agencies: distinct(holders.map((p) => p.agency).filter((a) => a !== '')),
    },
    spans: holders.map((p) => ({ author: p.personId, from: later(p.from, span.start), to: earlier(p.until ?? LATEST_HLC, span.end) })),
  };
}

/**
 * ICS 214, the activity log of one person or one position over a period: each op they wrote, valid ones only (a
 * refused edit never happened), with its time and its line in the log, oldest first, the first 500 and how many.
 */
export function ics214(ws: Workspace, input: z.output<typeof ics214Input>): Ics214 {
  const period = getPeriod(ws, input.periodId);
  const { incidentId } = period;
  const head = formHead(ws, incidentId);
  const preparedBy = signedInReader(ws, incidentId);
  const { form, span } = formPeriod(period);
  const all = postings(ws, incidentId);
  const subject = input.personId === undefined ? roleSubject(ws, incidentId, input.roleId ?? '', all, span) : personSubject(ws, incidentId, input.personId, all, span);
  const { ops, total } = opHistory(ws.db).authored(incidentId, subject.spans, DEVICE_ENTITY, ICS214_MAX_ROWS);
  const names = personNames(ws, incidentId);
  const activities = ops.map((op) => {
    const entry = toEntry(ws, op, names);
    return { hlc: entry.hlc, at: entry.at, authorName: entry.authorName, summary: entry.summary, entity: entry.entity, entityId: entry.entityId };
  });
  return { ...head, period: form, subject: subject.card, activities, total, preparedBy };
}
