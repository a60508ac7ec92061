import type { z } from 'zod';
import type { Decision, decisionInputs } from '../../../../shared/domain/priority';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import { requirePriority } from '../priority';
import type { Workspace } from '../../kernel/store/workspace';
import { decisionHash } from './chain';
import { lastHash, listDecisions } from './read';
import { newId } from '../../kernel/ops/ids';

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
    publishable: input.publishable ?? false,
  };
  const { incidentId: _i, id: _id, deviceId: _d, author: _a, ...fields } = content;
  ws.ops.commit(input.incidentId, ws.author(), [{ entity: 'decision', entityId: id, action: 'add', fields: { ...fields, hash: decisionHash(content) } }]);
  const recorded = listDecisions(ws, input.incidentId).find((d) => d.id === id);
  if (!recorded) throw new ConcordError('internal', 'the decision was recorded but cannot be read back');
  return recorded;
}
