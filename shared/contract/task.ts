import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { taskBoardInput, taskBoardSchema, taskCreateInput, taskHistoryInput, taskHistorySchema, taskListInput, taskListOutput, taskSchema, taskSummarySchema, taskUpdateInput } from '../domain/task';
import { method } from './define';

/** A task answers with the titles and names of the priority, owner, need and actor it links. */
const taskReads = ['task', 'priority', 'person', 'protectionNeed', 'actor'] as const;

export const taskMethods = {
  'task:create': method(taskCreateInput, taskSchema, 'Create a task; it must serve a priority of the incident.'),
  'task:update': method(taskUpdateInput, taskSchema, 'Change a task (status, owner, due time, links…).'),
  'task:get': method(z.object({ id: idSchema }), taskSchema, 'One task with its overdue flag.', { reads: taskReads }),
  'task:list': method(taskListInput, taskListOutput, 'Tasks of an incident, filtered, sorted and paged.', { reads: taskReads }),
  'task:board': method(taskBoardInput, taskBoardSchema, 'The task board in one read: each status column with its tasks due first and its count.', { reads: taskReads }),
  'task:summary': method(z.object({ incidentId: idSchema }), taskSummarySchema, 'Counts by status, overdue count and the tasks needing attention.', { reads: taskReads }),
  'task:history': method(taskHistoryInput, taskHistorySchema, 'Tasks by status over time, from the op log.', { reads: ['task'] }),
};
