import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { listPriorities } from './read';
import { addPriority, movePriority, removePriority, updatePriority } from './service';

export const priorityHandlers = (ws: () => Workspace): DomainHandlers<'priority:'> => ({
  'priority:list': (i) => listPriorities(ws(), i.incidentId),
  'priority:add': (i) => addPriority(ws(), i),
  'priority:update': (i) => updatePriority(ws(), i),
  'priority:move': (i) => movePriority(ws(), i),
  'priority:remove': (i) => removePriority(ws(), i),
});
