import type { z } from 'zod';
import type { Period, periodStartInput } from '../../../../shared/domain/period';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import type { Change } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import { requireInIncident } from '../../kernel/query/links';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { currentPeriod, getPeriod, listPeriods } from './read';

/**
 * Starts the next period and, in the same commit, closes the current one: "starting a new period asks for the
 * outgoing situation report", so a period without its handover note or report stays open and nothing starts.
 */
export function startPeriod(ws: Workspace, input: z.output<typeof periodStartInput>): Period {
  getIncident(ws, input.incidentId);
  requireInIncident(ws, 'person', input.incidentId, input.leadId, 'roster person');
  for (const id of input.objectiveIds) requireInIncident(ws, 'priority', input.incidentId, id, 'priority');
  const now = isoAt(ws.clock.now());
  const startedAt = input.startedAt ? utcIso(input.startedAt) : now;
  const plannedEndAt = utcIso(input.plannedEndAt);
  if (startedAt > now) throw new ConcordError('invalid_input', 'a period cannot start in the future');
  if (plannedEndAt <= startedAt) throw new ConcordError('invalid_input', 'the planned end must be after the start');
  const open = currentPeriod(ws, input.incidentId);
  const changes: Change[] = [];
  if (open) {
    if (startedAt < open.startedAt) throw new ConcordError('invalid_input', `period ${open.number + 1} cannot start before period ${open.number}`);
    if (open.handoverNote === '') throw new ConcordError('invalid_input', `period ${open.number} needs its handover note`);
    if (open.reports === 0) throw new ConcordError('invalid_input', `period ${open.number} needs its situation report`);
    changes.push({ entity: 'operationalPeriod', entityId: open.id, action: 'set', fields: { closedAt: startedAt, closedBy: ws.authorId() } });
  }
  const newest = listPeriods(ws, input.incidentId)[0];
  const fields = {
    number: (newest?.number ?? 0) + 1,
    startedAt,
    plannedEndAt,
    objectiveIds: [...new Set(input.objectiveIds)],
    leadId: input.leadId,
    handoverNote: '',
    closedAt: null,
    closedBy: null,
  } satisfies EntityFields['operationalPeriod'];
  const id = newId();
  changes.push({ entity: 'operationalPeriod', entityId: id, action: 'add', fields });
  ws.ops.commit(input.incidentId, ws.author(), changes);
  return getPeriod(ws, id);
}

/** The outgoing lead writes the note the incoming one reads first; a closed period's note is part of its record. */
export function writeHandover(ws: Workspace, id: string, handoverNote: string): Period {
  const period = getPeriod(ws, id);
  if (period.closedAt !== null) throw new ConcordError('invalid_input', `period ${period.number} is closed`);
  if (period.handoverNote !== handoverNote) {
    ws.ops.commit(period.incidentId, ws.author(), [{ entity: 'operationalPeriod', entityId: id, action: 'set', fields: { handoverNote } }]);
  }
  return getPeriod(ws, id);
}
