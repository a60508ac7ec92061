import type { z } from 'zod';
import type { RefusedEdit, refusalListInput, refusalReapplyInput } from '../../../../shared/domain/refusal';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import { toEntry } from '../log';
import { personNames } from '../roster';
import { changeOfOp } from '../../kernel/ops/change';
import { HybridClock } from '../../kernel/ops/hlc';
import { newId } from '../../kernel/ops/ids';
import { opHistory, type RefusedOp } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { refusalReentryEntity } from './entity';
import { reentriesOf, reentryKey, type Reentry } from './read';

/** Records whose content names their author or console (hash-chained decisions, approvals): another person cannot re-enter them as they are. */
const authorBound = new Set(['decision', 'statementApproval', 'statementRevision', 'statementTransition', 'deviceRevocation', 'refusalReentry']);

function toRefused(ws: Workspace, { op, code, kind, reason }: RefusedOp, names: Map<string, string>, reentries: Map<string, Reentry>): RefusedEdit {
  const reentry = reentries.get(reentryKey(op.deviceId, op.seq));
  const known = ws.ops.projector.has(op.entity);
  const entry = known
    ? toEntry(ws, op, names)
    : { ...op, at: HybridClock.toIso(op.hlc), authorName: names.get(op.author) ?? op.author, summary: `${op.action} ${op.entity}` };
  return {
    incidentId: entry.incidentId,
    deviceId: entry.deviceId,
    seq: entry.seq,
    hlc: entry.hlc,
    at: entry.at,
    author: entry.author,
    authorName: entry.authorName,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    fields: entry.fields,
    summary: entry.summary,
    code,
    kind,
    reason,
    reapplied: reentry ? { by: reentry.author, byName: names.get(reentry.author) ?? reentry.author, at: HybridClock.toIso(reentry.hlc) } : null,
    reapplicable: known && !authorBound.has(op.entity),
  };
}

/** The refused edits of an incident, newest first: the same list, with the same reasons, on every console. */
export function listRefused(ws: Workspace, input: z.output<typeof refusalListInput>): { entries: RefusedEdit[]; total: number } {
  getIncident(ws, input.incidentId);
  const history = opHistory(ws.db);
  const names = personNames(ws, input.incidentId);
  const reentries = reentriesOf(ws.db, input.incidentId);
  const entries = history.refused(input.incidentId, input.limit, input.offset).map((r) => toRefused(ws, r, names, reentries));
  return { entries, total: history.refusedCount(input.incidentId) };
}

/** Every refused edit of the incident, oldest first: what an after-action report counts. */
export const everyRefused = (ws: Workspace, incidentId: string): RefusedEdit[] =>
  listRefused(ws, { incidentId, limit: opHistory(ws.db).refusedCount(incidentId), offset: 0 }).entries.reverse();

function refusedOne(ws: Workspace, incidentId: string, deviceId: string, seq: number): RefusedEdit {
  const refused = opHistory(ws.db).refusedAt(incidentId, deviceId, seq);
  if (!refused) throw new ConcordError('not_found', 'no such refused edit in this incident');
  return toRefused(ws, refused, personNames(ws, incidentId), reentriesOf(ws.db, incidentId));
}

/**
 * Re-enters a refused edit as the signed-in operator's: the same change, committed now under their authority and
 * judged like any new edit (so it is refused at once, with the reason, if they may not make it either).
 */
export function reapplyRefused(ws: Workspace, input: z.output<typeof refusalReapplyInput>): RefusedEdit {
  getIncident(ws, input.incidentId);
  const refused = refusedOne(ws, input.incidentId, input.deviceId, input.seq);
  if (refused.reapplied) throw new ConcordError('conflict', `this edit was already re-entered by ${refused.reapplied.byName}`);
  if (!refused.reapplicable) throw new ConcordError('invalid_input', 'this kind of record names its author: enter it again from its own screen');
  const op = opHistory(ws.db).at(input.incidentId, input.deviceId, input.seq);
  if (!op) throw new ConcordError('not_found', 'no such refused edit in this incident');
  ws.ops.commit(input.incidentId, ws.author(), [
    changeOfOp(op),
    { entity: refusalReentryEntity.name, entityId: newId(), action: 'add', fields: { refusedDevice: op.deviceId, refusedSeq: op.seq } },
  ]);
  return refusedOne(ws, input.incidentId, input.deviceId, input.seq);
}
