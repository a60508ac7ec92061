import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { taskHistory } from './history';
import { getTask, listTasks, summariseTasks, taskBoard } from './read';
import { createTask, updateTask } from './service';

export const taskHandlers = (ws: () => Workspace): DomainHandlers<'task:'> => ({
  'task:create': (i) => createTask(ws(), i),
  'task:update': (i) => updateTask(ws(), i.id, i.changes),
  'task:get': (i) => getTask(ws(), i.id),
  'task:list': (i) => listTasks(ws(), i),
  'task:board': (i) => taskBoard(ws(), i),
  'task:summary': (i) => summariseTasks(ws(), i.incidentId),
  'task:history': (i) => taskHistory(ws(), i.incidentId, i.buckets),
});
