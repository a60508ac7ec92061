import type { LogEntry } from '../../../../shared/domain/log';
import type { Op } from '../../../../shared/domain/op';
import type { z } from 'zod';
import type { logListInput } from '../../../../shared/domain/log';
import { HybridClock } from '../../kernel/ops/hlc';
import { DEVICE_ENTITY } from '../../kernel/ops/op-log';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { getIncident } from '../incident';
import { personNames } from '../roster';
import { newId } from '../../kernel/ops/ids';

type ListInput = z.output<typeof logListInput>;

/** The log is the op log seen by people: every change, with who, when and from which console. */
export function listLog(ws: Workspace, input: ListInput): { entries: LogEntry[]; total: number } {
  getIncident(ws, input.incidentId);
  const { incidentId, entities, text, before } = input;
  const { ops, total } = opHistory(ws.db).search({ incidentId, entities, text, before, without: DEVICE_ENTITY }, input.limit, input.offset);
  const names = personNames(ws, incidentId);
  return { entries: ops.map((op) => toEntry(ws, op, names)), total };
}

export function writeNote(ws: Workspace, incidentId: string, text: string): LogEntry {
  getIncident(ws, incidentId);
  const op = ws.ops.commit(incidentId, ws.author(), [{ entity: 'logNote', entityId: newId(), action: 'add', fields: { text } }]).at(-1);
  if (!op) throw new Error('the note was not written');
  return toEntry(ws, op, personNames(ws, incidentId));
}

/** Authors are roster person ids: an entry shows their name, and a console's id where nobody was signed in. */
export function toEntry(ws: Workspace, op: Op, names: Map<string, string>): LogEntry {
  const def = ws.ops.projector.entity(op.entity);
  const hidden = def.secretFields?.filter((f) => f in op.fields) ?? [];
  return {
    incidentId: op.incidentId,
    deviceId: op.deviceId,
    seq: op.seq,
    hlc: op.hlc,
    at: HybridClock.toIso(op.hlc),
    author: op.author,
    authorName: names.get(op.author) ?? op.author,
    entity: op.entity,
    entityId: op.entityId,
    action: op.action,
    fields: hidden.length > 0 ? { ...op.fields, ...Object.fromEntries(hidden.map((f) => [f, '(hidden)'])) } : op.fields,
    summary: def.describe(op),
  };
}
