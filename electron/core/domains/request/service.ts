import type { z } from 'zod';
import type { requestCreateInput, requestSetStatusInput, ResourceRequest } from '../../../../shared/domain/request';
import { getIncident } from '../incident';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import { requireInIncident } from '../../kernel/query/links';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { getRequest } from './read';

/** A request in the signed-in operator's name, stamped now; the judge refuses it to anyone who may not request. */
export function createRequest(ws: Workspace, input: z.output<typeof requestCreateInput>): ResourceRequest {
  getIncident(ws, input.incidentId);
  requireInIncident(ws, 'priority', input.incidentId, input.priorityId, 'priority');
  const now = isoAt(ws.clock.now());
  const author = ws.authorId();
  const fields = {
    what: input.what,
    quantity: input.quantity,
    unit: input.unit,
    neededBy: utcIso(input.neededBy),
    deliverTo: input.deliverTo,
    priorityId: input.priorityId,
    note: input.note ?? '',
    requestedBy: author,
    status: 'requested',
    statusBy: author,
    statusAt: now,
    statusReason: '',
    createdAt: now,
  } satisfies EntityFields['resourceRequest'];
  const id = newId();
  ws.ops.commit(input.incidentId, ws.author(), [{ entity: 'resourceRequest', entityId: id, action: 'add', fields }]);
  return getRequest(ws, id);
}

/**
 * One step on a request, stamped with the signed-in operator and now. Which steps are legal from which status, who
 * may take them and which need a reason is the judge's (entity.ts), so this console and every other decide alike.
 */
export function setRequestStatus(ws: Workspace, input: z.output<typeof requestSetStatusInput>): ResourceRequest {
  const current = getRequest(ws, input.id);
  const fields = { status: input.status, statusBy: ws.authorId(), statusAt: isoAt(ws.clock.now()), statusReason: input.reason };
  ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'resourceRequest', entityId: input.id, action: 'set', fields }]);
  return getRequest(ws, input.id);
}
