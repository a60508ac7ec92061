import type { LogEntry } from '../../../../shared/domain/log';
import type { Op } from '../../../../shared/domain/op';
import type { z } from 'zod';
import type { logListInput } from '../../../../shared/domain/log';
import { HybridClock } from '../../kernel/ops/hlc';
import { rowToOp, DEVICE_ENTITY } from '../../kernel/ops/op-log';
import type { Workspace } from '../../kernel/store/workspace';
import { getIncident } from '../incident';
import { newId } from '../../kernel/ops/ids';

type ListInput = z.output<typeof logListInput>;

/** The log is the op log seen by people: every change, with who, when and from which console. */
export function listLog(ws: Workspace, input: ListInput): { entries: LogEntry[]; total: number } {
  getIncident(ws, input.incidentId);
  const where = ['incident_id = ?', 'entity != ?'];
  const params: (string | number)[] = [input.incidentId, DEVICE_ENTITY];
  if (input.entities?.length) {
    where.push(`entity IN (${input.entities.map(() => '?').join(',')})`);
    params.push(...input.entities);
  }
  if (input.text) {
    where.push("fields LIKE ? ESCAPE '\\'");
    params.push(`%${input.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  const total = (ws.db.prepare(`SELECT count(*) AS n FROM ops WHERE ${where.join(' AND ')}`).get(...params) as { n: number }).n;
  if (input.before) {
    where.push('hlc < ?');
    params.push(input.before);
  }
  const rows = ws.db
    .prepare(`SELECT * FROM ops WHERE ${where.join(' AND ')} ORDER BY hlc DESC, device_id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset) as Parameters<typeof rowToOp>[0][];
  const names = authorNames(ws, input.incidentId);
  const entries = rows.map(rowToOp).map((op) => toEntry(ws, op, names));
  return { entries, total };
}

export function writeNote(ws: Workspace, incidentId: string, text: string): LogEntry {
  getIncident(ws, incidentId);
  const op = ws.ops.commit(incidentId, ws.author(), [{ entity: 'logNote', entityId: newId(), action: 'add', fields: { text } }]).at(-1);
  if (!op) throw new Error('the note was not written');
  return toEntry(ws, op, authorNames(ws, incidentId));
}

/** Authors are roster person ids: the log shows their names, and a console's id where nobody was signed in. */
export const authorNames = (ws: Workspace, incidentId: string): Map<string, string> =>
  new Map((ws.db.prepare('SELECT id, name FROM people WHERE incident_id = ?').all(incidentId) as { id: string; name: string }[]).map((p) => [p.id, p.name]));

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
