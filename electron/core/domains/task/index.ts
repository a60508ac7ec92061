import type { DomainModule } from '../../kernel/domain';
import { migration008 } from './migrations/008-tasks';
import { taskEntity } from './entity';
import { taskHandlers } from './handlers';

/** The public-safety leads' tasks, each serving a priority. */
export const taskDomain: DomainModule<'task'> = {
  prefix: 'task',
  entities: [taskEntity],
  migrations: [migration008],
  handlers: ({ ws }) => taskHandlers(ws),
};
export { tasksForReport } from './read';
