import type { DomainHandlers } from '../../kernel/domain';
import { stateHash } from '../../kernel/ops/state-hash';
import type { Workspace } from '../../kernel/store/workspace';
import { getIncident, listIncidents } from './read';
import { createIncident, updateIncident } from './service';

export const incidentHandlers = (ws: () => Workspace): DomainHandlers<'incident:'> => ({
  'incident:create': (i) => createIncident(ws(), i),
  'incident:list': () => listIncidents(ws()),
  'incident:get': (i) => getIncident(ws(), i.id),
  'incident:update': (i) => updateIncident(ws(), i.id, i.changes),
  'incident:stateHash': (i) => {
    getIncident(ws(), i.id);
    return { hash: stateHash(ws().db, i.id, ws().entities), ops: ws().ops.opCount(i.id) };
  },
});
