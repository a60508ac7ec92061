import type { z } from 'zod';
import type { measureCreateInput, measureFieldsSchema, Measure } from '../../../../shared/domain/protection';
import { requireInIncident, requireRow } from '../../kernel/query/links';
import { isoAt } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { getMeasure } from './read';
import { changedFields } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';

/** A measure belongs to a need and is carried out by an actor on the ground of the same incident. */
export function addMeasure(ws: Workspace, input: z.output<typeof measureCreateInput>): Measure {
  const need = requireRow(ws, 'protectionNeed', input.needId, 'protection need');
  const incidentId = need.incident_id;
  requireInIncident(ws, 'actor', incidentId, input.actorId, 'actor');
  const id = newId();
  const fields = { description: '', status: 'planned', ...input, createdAt: isoAt(ws.clock.now()) } satisfies EntityFields['protectionMeasure'];
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'protectionMeasure', entityId: id, action: 'add', fields }]);
  return getMeasure(ws, id).measure;
}

export function updateMeasure(ws: Workspace, id: string, changes: Partial<z.output<typeof measureFieldsSchema>>): Measure {
  const { measure: current, incidentId } = getMeasure(ws, id);
  if (changes.actorId) requireInIncident(ws, 'actor', incidentId, changes.actorId, 'actor');
  const changed = changedFields(current, changes);
  if (Object.keys(changed).length > 0) ws.ops.commit(incidentId, ws.author(), [{ entity: 'protectionMeasure', entityId: id, action: 'set', fields: changed }]);
  return getMeasure(ws, id).measure;
}
