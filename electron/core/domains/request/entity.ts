import type { z } from 'zod';
import { needsReason, requestFieldsSchema, requestStatuses, requestTransitions, transitionNeed, type RequestStatus } from '../../../../shared/domain/request';
import { instantSchema } from '../../../../shared/domain/ids';
import type { Op } from '../../../../shared/domain/op';
import { textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';
import type { Ledger } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';
import { refuse } from '../../kernel/ops/verdict';
import { priorityFacts } from '../priority';
import { requestFacts } from './facts';

const requestSchema = requestFieldsSchema.extend({ createdAt: instantSchema });

const isStatus = (v: unknown): v is RequestStatus => requestStatuses.some((s) => s === v);

/** What a step carries, and nothing else: an approval approves what was asked, so what was asked never changes. */
const STEP_FIELDS = ['status', 'statusBy', 'statusAt', 'statusReason'];

/** A request is made, and each step on it taken, in the name of whoever signed the op: never in someone else's. */
function checkStamps(op: Op): void {
  if (op.action === 'add' && op.fields.requestedBy !== op.author) refuse('forbidden', 'a resource request is made in its requester’s own name, never someone else’s');
  if (op.fields.statusBy !== op.author) refuse('forbidden', 'a request’s status is stamped with whoever changes it, never someone else');
}

function checkAdd(op: Op, ledger: Ledger, at: Position): void {
  if (ledger.facts(requestFacts).at(op.entityId, at)) refuse('invalid_input', `resource request ${op.entityId} exists already`);
  if (op.fields.status !== 'requested' || op.fields.statusReason !== '') refuse('invalid_input', 'a resource request starts as requested');
  const priorityId = op.fields.priorityId;
  if (typeof priorityId !== 'string' || !ledger.facts(priorityFacts).exists(priorityId, at)) refuse('invalid_input', `priority ${textOf(priorityId)} is not a priority of this incident`);
}

function checkStep(op: Op, ledger: Ledger, at: Position): void {
  const request = ledger.facts(requestFacts).at(op.entityId, at);
  if (!request || request.incidentId !== op.incidentId) return refuse('not_found', `no resource request ${op.entityId} in this incident`);
  const extra = Object.keys(op.fields).find((k) => !STEP_FIELDS.includes(k));
  if (extra !== undefined) refuse('invalid_input', 'a resource request keeps what it asks for: cancel it and request again');
  const to = op.fields.status;
  if (!isStatus(to) || STEP_FIELDS.some((k) => !(k in op.fields))) return refuse('invalid_input', 'a step on a request carries its status, who, when and why');
  if (!requestTransitions[request.status].includes(to)) refuse('invalid_input', `a request ${request.status} cannot become ${to}`);
  if (needsReason(to) && (typeof op.fields.statusReason !== 'string' || op.fields.statusReason.trim() === '')) refuse('invalid_input', `a request ${to} says why`);
}

function describeRequest(op: Op): string {
  const f = op.fields;
  if (op.action === 'add') return `Resource request: ${textOf(f.quantity)} ${textOf(f.unit)} of “${textOf(f.what)}” needed by ${textOf(f.neededBy)} at ${textOf(f.deliverTo)}`;
  const reason = typeof f.statusReason === 'string' && f.statusReason !== '' ? `: ${f.statusReason}` : '';
  return `Resource request ${textOf(f.status)}${reason}`;
}

/**
 * A resource request (ICS 213RR). Every op of it goes through the ledger (`record`): a step is legal only from the
 * status the request had at the step's place in the order, and who may take it depends on who asked.
 */
export const requestEntity = defineEntity({
  name: 'resourceRequest',
  table: 'resource_requests',
  mode: 'lww',
  fields: {
    what: 'text',
    quantity: 'number',
    unit: 'text',
    neededBy: 'text',
    deliverTo: 'text',
    priorityId: 'text',
    note: 'text',
    requestedBy: 'text',
    status: 'text',
    statusBy: 'text',
    statusAt: 'text',
    statusReason: 'text',
    createdAt: 'text',
  },
  schema: requestSchema,
  describe: describeRequest,
  rule: {
    need: (op, ledger, at) => {
      if (op.action === 'delete') refuse('invalid_input', 'resource requests are never deleted: cancel one with a reason');
      if (op.action === 'add' || !isStatus(op.fields.status)) return 'requestResources';
      const request = ledger.facts(requestFacts).at(op.entityId, at);
      return transitionNeed(op.fields.status, request?.requestedBy === op.author);
    },
    check: (op, ledger, at) => {
      if (op.action === 'add') checkAdd(op, ledger, at);
      else checkStep(op, ledger, at);
      checkStamps(op);
    },
    // What a request op records is read only by other request ops, which the judge re-judges with the ledger itself:
    // no other op's verdict hangs on it, so a late one needs no more than its own author's ops read again.
    affectsOnly: (op) => op.author,
    record: (op, ledger, at) => {
      const facts = ledger.facts(requestFacts);
      if (op.action === 'add' && typeof op.fields.requestedBy === 'string') facts.add(op.entityId, op.incidentId, op.fields.requestedBy, at);
      else if (isStatus(op.fields.status)) facts.step(op.entityId, op.fields.status, at);
    },
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    resourceRequest: z.input<typeof requestSchema>;
  }
}
