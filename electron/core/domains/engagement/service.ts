import type { Engagement, EngagementFields, EngagementRecordInput } from '../../../../shared/domain/engagement';
import { getIncident } from '../incident';
import { promiseChange } from '../promise';
import { changedFields } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { checkEngagementLinks } from './links';
import { getEngagement } from './read';

const normalised = <T extends Partial<EngagementFields>>(fields: T): T => (fields.at ? { ...fields, at: utcIso(fields.at) } : fields);

/**
 * The engagement and every promise made in it go in one commit: a promise the judge refuses (an owner of another
 * incident, a right the author lacks) refuses the engagement too, so no promise is recorded without its origin.
 */
export function recordEngagement(ws: Workspace, input: EngagementRecordInput): Engagement {
  getIncident(ws, input.incidentId);
  const { incidentId, promises, ...given } = input;
  checkEngagementLinks(ws, incidentId, given);
  const now = isoAt(ws.clock.now());
  const fields = {
    participantIds: [],
    communityParticipants: '',
    entryPointIds: [],
    concerns: '',
    needs: '',
    rumourIds: [],
    notes: '',
    ...given,
    at: given.at ? utcIso(given.at) : now,
    createdAt: now,
  } satisfies EntityFields['engagement'];
  const id = newId();
  const made = promises.map((p) => promiseChange(ws, incidentId, p, { needId: given.needId, sourceKind: 'engagement', sourceId: id }));
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'engagement', entityId: id, action: 'add', fields }, ...made]);
  return getEngagement(ws, id);
}

export function updateEngagement(ws: Workspace, id: string, changes: Partial<Omit<EngagementFields, 'needId'>>): Engagement {
  const current = getEngagement(ws, id);
  const changed = changedFields(current, normalised(changes));
  checkEngagementLinks(ws, current.incidentId, changed);
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'engagement', entityId: id, action: 'set', fields: changed }]);
  return getEngagement(ws, id);
}
