import type { DomainModule } from '../../kernel/domain';
import { migration008 } from './migrations/008-tasks';
import { migration024 } from './migrations/024-task-barrier-and-public';
import { taskEntity } from './entity';
import { taskHandlers } from './handlers';

/** The public-safety leads' tasks, each serving a priority. */
export const taskDomain: DomainModule<'task'> = {
  prefix: 'task',
  entities: [taskEntity],
  migrations: [migration008, migration024],
  handlers: ({ ws }) => taskHandlers(ws),
};

export { nonPublicTaskTitles, publicTaskProgress, type TaskProgress } from './read';
export { openTasksForBriefing, tasksForReport } from './read';
