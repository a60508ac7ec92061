import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { getEngagement, listEngagements } from './read';
import { recordEngagement, updateEngagement } from './service';
import { communityTemperatures } from './temperatures';

export const engagementHandlers = (ws: () => Workspace): DomainHandlers<'engagement:'> => ({
  'engagement:record': (i) => recordEngagement(ws(), i),
  'engagement:update': (i) => updateEngagement(ws(), i.id, i.changes),
  'engagement:get': (i) => getEngagement(ws(), i.id),
  'engagement:list': (i) => listEngagements(ws(), i),
  'engagement:temperatures': (i) => communityTemperatures(ws(), i.incidentId),
});
