import type { z } from 'zod';
import type { Decision, decisionInputs } from '../../../../shared/domain/priority';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import { HybridClock } from '../../kernel/ops/hlc';
import { requirePriority } from '../priority';
import type { Workspace } from '../../kernel/store/workspace';
import { decisionHash } from './chain';
import { contentOfRow } from './verify';
import { newId } from '../../kernel/ops/ids';

type Row = Record<string, unknown>;

const toDecision = (row: Row, names: Map<string, string>): Decision => {
  const { id, what, why, priorityIds, priorityTitles, noPriorityReason, author, deviceId, hash, hlc } = contentOfRow(row, String(row.incident_id));
  return { id, what, why, priorityIds, priorityTitles, noPriorityReason, decidedAt: HybridClock.toIso(hlc), decidedBy: author, decidedByName: names.get(author) ?? author, deviceId, hash };
};

/** Newest first, as a log reads. */
export function listDecisions(ws: Workspace, incidentId: string): Decision[] {
  getIncident(ws, incidentId);
  const names = new Map((ws.db.prepare('SELECT id, name FROM people WHERE incident_id = ?').all(incidentId) as { id: string; name: string }[]).map((p) => [p.id, p.name]));
  const rows = ws.db.prepare('SELECT * FROM decisions WHERE incident_id = ? ORDER BY hlc DESC, device_id DESC').all(incidentId) as Row[];
  return rows.map((row) => toDecision(row, names));
}

/** The hash of this console's latest decision in the incident: the next one chains to it. */
const lastHash = (ws: Workspace, incidentId: string): string =>
  (ws.db.prepare('SELECT hash FROM decisions WHERE incident_id = ? AND device_id = ? ORDER BY hlc DESC LIMIT 1').get(incidentId, ws.device.deviceId) as { hash: string } | undefined)
    ?.hash ?? '';

export function recordDecision(ws: Workspace, input: z.output<typeof decisionInputs.record>): Decision {
  getIncident(ws, input.incidentId);
  const served = input.priorityIds.map((id) => ({ id, title: String(requirePriority(ws, input.incidentId, id).title) }));
  const id = newId();
  const content = {
    incidentId: input.incidentId,
    id,
    deviceId: ws.device.deviceId,
    author: ws.authorId(),
    what: input.what,
    why: input.why,
    priorityIds: served.map((p) => p.id),
    priorityTitles: served.map((p) => p.title),
    noPriorityReason: served.length > 0 ? null : input.noPriorityReason,
    prevHash: lastHash(ws, input.incidentId),
  };
  const { incidentId: _i, id: _id, deviceId: _d, author: _a, ...fields } = content;
  ws.ops.commit(input.incidentId, ws.author(), [{ entity: 'decision', entityId: id, action: 'add', fields: { ...fields, hash: decisionHash(content) } }]);
  const recorded = listDecisions(ws, input.incidentId).find((d) => d.id === id);
  if (!recorded) throw new ConcordError('internal', 'the decision was recorded but cannot be read back');
  return recorded;
}
