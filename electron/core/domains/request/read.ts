import type { z } from 'zod';
import {
  openRequestStatuses,
  type RequestList,
  type requestListInput,
  requestStepSchema,
  type RequestStep,
  type ResourceRequest,
  type ResourceRequestDetail,
} from '../../../../shared/domain/request';
import { ConcordError } from '../../../../shared/result';
import { roleKindLabels } from '../../../../shared/rules/permissions';
import { getIncident } from '../incident';
import { personNames, rolesHeldAt } from '../roster';
import { rowsOf } from '../../kernel/db/rows';
import { isoAt } from '../../kernel/query/list-query';
import { opHistory } from '../../kernel/query/op-history';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { requestEntity } from './entity';
import { closeness, contentWords } from './similar';

/**
 * The only SQL on resource requests. The number is the request's rank in its incident by the place of its adding op
 * (`created_hlc`, ties by id): every console that holds the same requests numbers them alike, whatever order they
 * came in. Requests are never deleted, so a number never moves once every console holds the earlier requests. A
 * request joins its priority's title and the names of its requester and of who took the latest step.
 */
const SELECT = `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY created_hlc, id) AS n FROM resource_requests WHERE incident_id = ?)
  SELECT t.*, numbered.n AS n, pr.title AS priority_title, p.name AS requester_name, s.name AS status_by_name
  FROM resource_requests t JOIN numbered ON numbered.id = t.id
  LEFT JOIN priorities pr ON pr.id = t.priority_id
  LEFT JOIN people p ON p.id = t.requested_by
  LEFT JOIN people s ON s.id = t.status_by`;
const OPEN = `t.status IN (${openRequestStatuses.map((s) => `'${s}'`).join(',')})`;

interface RequestRow extends ProjectionRow {
  n: number;
  created_hlc: string;
  priority_title: string | null;
  requester_name: string | null;
  status_by_name: string | null;
}

const displayNumber = (n: number): string => `RR-${String(n).padStart(4, '0')}`;

function toRequest(row: RequestRow, now: string): ResourceRequest {
  const fields = recordOf(requestEntity, row);
  const open = openRequestStatuses.some((s) => s === fields.status);
  return {
    ...fields,
    number: displayNumber(row.n),
    overdue: open && fields.neededBy < now,
    priorityTitle: row.priority_title,
    requesterName: row.requester_name,
    statusByName: row.status_by_name,
  };
}

const rowsWhere = (ws: Workspace, incidentId: string, where: string, ...params: string[]): RequestRow[] =>
  rowsOf<RequestRow>(ws.db, `${SELECT} WHERE t.incident_id = ? AND t.deleted = 0 AND ${where} ORDER BY t.needed_by, numbered.n`).all(incidentId, incidentId, ...params);

function requestRow(ws: Workspace, id: string): RequestRow {
  const incidentId = rowsOf<{ incident_id: string }>(ws.db, 'SELECT incident_id FROM resource_requests WHERE id = ? AND deleted = 0').get(id)?.incident_id;
  const row = incidentId === undefined ? undefined : rowsWhere(ws, incidentId, 't.id = ?', id)[0];
  if (!row) throw new ConcordError('not_found', `no resource request ${id}`);
  return row;
}

export const getRequest = (ws: Workspace, id: string): ResourceRequest => toRequest(requestRow(ws, id), isoAt(ws.clock.now()));

/** Each step that took effect (refused edits never did), oldest first: the add, then every status it took. */
function stepsOf(ws: Workspace, incidentId: string, id: string): RequestStep[] {
  const history = opHistory(ws.db);
  const names = personNames(ws, incidentId);
  const stepFields = requestStepSchema.omit({ statusByName: true });
  return history.ofRecord(incidentId, 'resourceRequest', id).flatMap((op) => {
    if (history.refusedAt(incidentId, op.deviceId, op.seq)) return [];
    // Every add and every step carries the four stamps (the judge refuses one that does not).
    const step = stepFields.parse(op.fields);
    return [{ ...step, statusByName: names.get(step.statusBy) ?? null }];
  });
}

/** One request as its 213RR prints it: the incident's name, the requester's position when they asked, every step. */
export function getRequestDetail(ws: Workspace, id: string): ResourceRequestDetail {
  const row = requestRow(ws, id);
  const request = toRequest(row, isoAt(ws.clock.now()));
  const roles = rolesHeldAt(ws.db, request.incidentId, request.requestedBy, row.created_hlc);
  return {
    ...request,
    incidentName: getIncident(ws, request.incidentId).name,
    requesterPosition: [...new Set(roles.map((r) => roleKindLabels[r.kind]))].join(', '),
    history: stepsOf(ws, request.incidentId, id),
  };
}

/** Needed-by soonest first, overdue flagged as of `now` (the caller's, else this console's clock). */
export function listRequests(ws: Workspace, input: z.output<typeof requestListInput>): RequestList {
  getIncident(ws, input.incidentId);
  const now = input.now ?? isoAt(ws.clock.now());
  const all = rowsWhere(ws, input.incidentId, '1').map((row) => toRequest(row, now));
  const statuses = input.statuses;
  return {
    requests: statuses?.length ? all.filter((r) => statuses.includes(r.status)) : all,
    open: all.filter((r) => openRequestStatuses.some((s) => s === r.status)).length,
    overdue: all.filter((r) => r.overdue).length,
  };
}

/** The open requests of the incident close to `what` (see similar.ts), the closest first. */
export function similarRequests(ws: Workspace, incidentId: string, what: string): ResourceRequest[] {
  getIncident(ws, incidentId);
  const words = contentWords(what);
  if (words.size === 0) return [];
  const now = isoAt(ws.clock.now());
  // A stable sort: requests equally close stay in needed-by order.
  return rowsWhere(ws, incidentId, OPEN)
    .map((row) => toRequest(row, now))
    .map((request) => ({ request, shared: closeness(words, contentWords(request.what)) }))
    .filter((m) => m.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .map((m) => m.request);
}
