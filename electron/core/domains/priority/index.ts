import type { DomainModule } from '../../kernel/domain';
import { migration010 } from './migrations/010-priorities';
import { priorityEntity } from './entity';
import { priorityHandlers } from './handlers';

/** The incident's priorities, in the commander's order. */
export const priorityDomain: DomainModule<'priority'> = {
  prefix: 'priority',
  entities: [priorityEntity],
  migrations: [migration010],
  handlers: ({ ws }) => priorityHandlers(ws),
};

export { requirePriority } from './service';
export { priorityFacts } from './facts';
export { listPriorities } from './read';
