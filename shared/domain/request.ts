import { z } from 'zod';
import type { Action } from '../rules/permissions';
import { idSchema, instantSchema, nonEmptyText } from './ids';

/**
 * A resource request (the record behind ICS 213RR): what is asked for, how many, by when and where, for which
 * priority, and how far it has gone. Requested, then approved or refused by someone who approves resources, then
 * ordered and arrived; cancelled from any open state.
 */
export const requestStatuses = ['requested', 'approved', 'refused', 'ordered', 'arrived', 'cancelled'] as const;
export const requestStatusSchema = z.enum(requestStatuses);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

/** Where each status may go next; the judge refuses every other step, on every console. */
export const requestTransitions: Record<RequestStatus, readonly RequestStatus[]> = {
  requested: ['approved', 'refused', 'cancelled'],
  approved: ['ordered', 'cancelled'],
  ordered: ['arrived', 'cancelled'],
  refused: [],
  arrived: [],
  cancelled: [],
};

/** Still waiting for something to happen: what the duplicate warning and the overdue flag look at. */
export const openRequestStatuses = ['requested', 'approved', 'ordered'] as const satisfies readonly RequestStatus[];
export const isOpenRequest = (status: RequestStatus): boolean => openRequestStatuses.some((s) => s === status);

/** A refusal or a cancellation says why: the requester reads it and asks again differently, or not at all. */
export const needsReason = (status: RequestStatus): boolean => status === 'refused' || status === 'cancelled';

/**
 * What a step needs from the permission table. Deciding is the approvers'; ordering and taking delivery are
 * logistics work anyone who requests may do; a requester may withdraw their own request, anyone else's
 * cancellation is a decision on it.
 */
export function transitionNeed(to: RequestStatus, byRequester: boolean): Action {
  if (to === 'approved' || to === 'refused') return 'approveResources';
  if (to === 'cancelled' && !byRequester) return 'approveResources';
  return 'requestResources';
}

export const requestFieldsSchema = z.object({
  what: nonEmptyText(200),
  quantity: z.number().int().positive().max(1_000_000),
  /** "cots", "interpreters", "barriers". */
  unit: nonEmptyText(60),
  neededBy: instantSchema,
  deliverTo: nonEmptyText(300),
  /** Every request serves a priority of its incident: the guide ties every action to one. */
  priorityId: idSchema,
  note: z.string().trim().max(2000),
  /** The person who asked: the author of the op that made the request, never someone else. */
  requestedBy: z.string().min(1),
  status: requestStatusSchema,
  /** Who made the latest step, when, and why (for a refusal or a cancellation). */
  statusBy: z.string().min(1),
  statusAt: instantSchema,
  statusReason: z.string().trim().max(1000),
});
export type RequestFields = z.infer<typeof requestFieldsSchema>;

/** One step a request took, as its op recorded it, with the name of who took it. */
export const requestStepSchema = requestFieldsSchema
  .pick({ status: true, statusBy: true, statusAt: true, statusReason: true })
  .extend({ statusByName: z.string().nullable() });
export type RequestStep = z.infer<typeof requestStepSchema>;

export const resourceRequestSchema = requestFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  createdAt: instantSchema,
  /** "RR-0003": the request's rank in the incident by the place of its adding op, the same on every console. */
  number: z.string().regex(/^RR-\d{4,}$/),
  /** Open and past its needed-by time, as of the `now` the list was read at. */
  overdue: z.boolean(),
  priorityTitle: z.string().nullable(),
  requesterName: z.string().nullable(),
  statusByName: z.string().nullable(),
});
export type ResourceRequest = z.infer<typeof resourceRequestSchema>;

/** One request as the 213RR form prints it: with the requester's position then and every step with who and when. */
export const resourceRequestDetailSchema = resourceRequestSchema.extend({
  incidentName: z.string(),
  requesterPosition: z.string(),
  history: z.array(requestStepSchema),
});
export type ResourceRequestDetail = z.infer<typeof resourceRequestDetailSchema>;

export const requestCreateInput = requestFieldsSchema
  .pick({ what: true, quantity: true, unit: true, neededBy: true, deliverTo: true, priorityId: true, note: true })
  .partial({ note: true })
  .extend({ incidentId: idSchema });

export const requestSetStatusInput = z.object({
  id: idSchema,
  status: requestStatusSchema.exclude(['requested']),
  reason: z.string().trim().max(1000).default(''),
});

export const requestListInput = z.object({
  incidentId: idSchema,
  statuses: z.array(requestStatusSchema).max(requestStatuses.length).optional(),
  /** The instant overdue is judged against; the console's clock when absent. */
  now: instantSchema.optional(),
});
export const requestListOutput = z.object({
  requests: z.array(resourceRequestSchema),
  open: z.number().int(),
  overdue: z.number().int(),
});
export type RequestList = z.infer<typeof requestListOutput>;

export const requestSimilarInput = z.object({ incidentId: idSchema, what: z.string().max(200) });
export const requestSimilarOutput = z.object({ requests: z.array(resourceRequestSchema) });
