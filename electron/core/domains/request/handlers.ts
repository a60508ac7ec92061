import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { getRequestDetail, listRequests, similarRequests } from './read';
import { createRequest, setRequestStatus } from './service';

export const requestHandlers = (ws: () => Workspace): DomainHandlers<'request:'> => ({
  'request:create': (i) => createRequest(ws(), i),
  'request:setStatus': (i) => setRequestStatus(ws(), i),
  'request:get': (i) => getRequestDetail(ws(), i.id),
  'request:list': (i) => listRequests(ws(), i),
  'request:similar': (i) => ({ requests: similarRequests(ws(), i.incidentId, i.what) }),
});
