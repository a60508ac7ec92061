import type { z } from 'zod';
import type { RefusedEdit, refusalListInput, refusalReapplyInput } from '../../../../shared/domain/refusal';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import { authorNames, toEntry } from '../log';
import { changeOfOp } from '../../kernel/ops/change';
import { HybridClock } from '../../kernel/ops/hlc';
import { newId } from '../../kernel/ops/ids';
import { rowToOp, type OpRow } from '../../kernel/ops/op-row';
import type { Workspace } from '../../kernel/store/workspace';
import { refusalReentryEntity } from './entity';

type Row = OpRow & { code: string; reason: string; reentry_author: string | null; reentry_hlc: string | null };

/** Records whose content names their author or console (hash-chained decisions, approvals): another person cannot re-enter them as they are. */
const authorBound = new Set(['decision', 'statementApproval', 'statementRevision', 'statementTransition', 'deviceRevocation', 'refusalReentry']);

const SELECT = `SELECT o.*, r.code, r.reason, e.author AS reentry_author, e.hlc AS reentry_hlc
  FROM refused_ops r JOIN ops o ON o.incident_id = r.incident_id AND o.device_id = r.device_id AND o.seq = r.seq
  LEFT JOIN refusal_reentries e ON e.incident_id = r.incident_id AND e.refused_device = r.device_id AND e.refused_seq = r.seq`;

function toRefused(ws: Workspace, row: Row, names: Map<string, string>): RefusedEdit {
  const op = rowToOp(row);
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
    code: row.code,
    reason: row.reason,
    reapplied: row.reentry_author && row.reentry_hlc
      ? { by: row.reentry_author, byName: names.get(row.reentry_author) ?? row.reentry_author, at: HybridClock.toIso(row.reentry_hlc) }
      : null,
    reapplicable: known && !authorBound.has(op.entity),
  };
}

/** The refused edits of an incident, newest first: the same list, with the same reasons, on every console. */
export function listRefused(ws: Workspace, input: z.output<typeof refusalListInput>): { entries: RefusedEdit[]; total: number } {
  getIncident(ws, input.incidentId);
  const total = (ws.db.prepare('SELECT count(*) AS n FROM refused_ops WHERE incident_id = ?').get(input.incidentId) as { n: number }).n;
  const rows = ws.db
    .prepare(`${SELECT} WHERE r.incident_id = ? ORDER BY r.hlc DESC, r.device_id DESC, r.seq DESC LIMIT ? OFFSET ?`)
    .all(input.incidentId, input.limit, input.offset) as Row[];
  const names = authorNames(ws, input.incidentId);
  return { entries: rows.map((r) => toRefused(ws, r, names)), total };
}

function refusedOne(ws: Workspace, incidentId: string, deviceId: string, seq: number): RefusedEdit {
  const row = ws.db.prepare(`${SELECT} WHERE r.incident_id = ? AND r.device_id = ? AND r.seq = ?`).get(incidentId, deviceId, seq) as Row | undefined;
  if (!row) throw new ConcordError('not_found', 'no such refused edit in this incident');
  return toRefused(ws, row, authorNames(ws, incidentId));
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
  const row = ws.db.prepare('SELECT * FROM ops WHERE incident_id = ? AND device_id = ? AND seq = ?').get(input.incidentId, input.deviceId, input.seq) as OpRow;
  const op = rowToOp(row);
  ws.ops.commit(input.incidentId, ws.author(), [
    changeOfOp(op),
    { entity: refusalReentryEntity.name, entityId: newId(), action: 'add', fields: { refusedDevice: op.deviceId, refusedSeq: op.seq } },
  ]);
  return refusedOne(ws, input.incidentId, input.deviceId, input.seq);
}
