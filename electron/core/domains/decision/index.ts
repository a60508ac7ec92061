import type { DomainModule } from '../../kernel/domain';
import { migration011 } from './migrations/011-decisions';
import { decisionEntity } from './entity';
import { decisionHandlers } from './handlers';

/** Decisions taken against the priorities, hash-chained per console. Depends on priority, and on roster for its authors' names. */
export const decisionDomain: DomainModule<'decision'> = {
  prefix: 'decision',
  entities: [decisionEntity],
  migrations: [migration011],
  handlers: ({ ws }) => decisionHandlers(ws),
};
export { decisionsAfter } from './read';
