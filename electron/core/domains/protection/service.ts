import type { ProtectionCreateInput, ProtectionFields, ProtectionNeed } from '../../../../shared/domain/protection';
import { getIncident } from '../incident';
import { changedFields } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { newId } from '../../kernel/ops/ids';
import { checkNeedLinks } from './links';
import { getNeed } from './read';

const normalised = <T extends Partial<ProtectionFields>>(fields: T): T =>
  fields.lastContactAt ? { ...fields, lastContactAt: utcIso(fields.lastContactAt) } : fields;

export function createNeed(ws: Workspace, input: ProtectionCreateInput): ProtectionNeed {
  getIncident(ws, input.incidentId);
  const { incidentId, ...given } = input;
  checkNeedLinks(ws, incidentId, given);
  const fields = {
    communityKind: null,
    siteKind: null,
    address: '',
    languages: [],
    notes: '',
    status: 'open',
    lastContactAt: null,
    lastContactBy: '',
    caseManagerId: null,
    entryPointIds: [],
    ...normalised(given),
    createdAt: isoAt(ws.clock.now()),
  } satisfies EntityFields['protectionNeed'];
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'protectionNeed', entityId: id, action: 'add', fields }]);
  return getNeed(ws, id);
}

export function updateNeed(ws: Workspace, id: string, changes: Partial<ProtectionFields>): ProtectionNeed {
  const current = getNeed(ws, id);
  const changed = changedFields(current, normalised(changes));
  checkNeedLinks(ws, current.incidentId, changed);
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'protectionNeed', entityId: id, action: 'set', fields: changed }]);
  return getNeed(ws, id);
}

/** "Last contact with the community and who made it": now unless the liaison says when. */
export const recordContact = (ws: Workspace, id: string, by: string, at?: string): ProtectionNeed =>
  updateNeed(ws, id, { lastContactAt: at ?? isoAt(ws.clock.now()), lastContactBy: by });
