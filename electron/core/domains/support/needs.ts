import type { z } from 'zod';
import type { addNeedInput, SupportNeed, updateNeedInput } from '../../../../shared/domain/support';
import { changedFields } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import { requireInIncident, requireRow } from '../../kernel/query/links';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { needRow } from './read';

/** A need's summary is read by everyone: what is needed, never who needs it. Its owner is on the incident's roster. */
const withUtc = <T extends { dueAt?: string | null }>(fields: T): T => (fields.dueAt ? { ...fields, dueAt: utcIso(fields.dueAt) } : fields);

const publicNeed = (ws: Workspace, id: string): SupportNeed => {
  const { incidentId: _incident, ...need } = needRow(ws, id, isoAt(ws.clock.now()));
  return need;
};

export function addNeed(ws: Workspace, input: z.output<typeof addNeedInput>): SupportNeed {
  const incidentId = requireRow(ws, 'household', input.householdId, 'household').incident_id;
  if (input.ownerId) requireInIncident(ws, 'person', incidentId, input.ownerId, 'owner');
  const fields = { status: 'identified', dueAt: null, ownerId: null, ...withUtc(input), createdAt: isoAt(ws.clock.now()) } satisfies EntityFields['supportNeed'];
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'supportNeed', entityId: id, action: 'add', fields }]);
  return publicNeed(ws, id);
}

export function updateNeed(ws: Workspace, input: z.output<typeof updateNeedInput>): SupportNeed {
  const current = needRow(ws, input.id, isoAt(ws.clock.now()));
  if (input.changes.ownerId) requireInIncident(ws, 'person', current.incidentId, input.changes.ownerId, 'owner');
  const changed = changedFields(current, withUtc(input.changes));
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'supportNeed', entityId: input.id, action: 'set', fields: changed }]);
  return publicNeed(ws, input.id);
}
