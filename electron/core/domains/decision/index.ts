import type { DomainModule } from '../../kernel/domain';
import { migration011 } from './migrations/011-decisions';
import { migration025 } from './migrations/025-decision-publishable';
import { decisionEntity } from './entity';
import { decisionHandlers } from './handlers';

/** Decisions taken against the priorities, hash-chained per console. Depends on priority, and on roster for its authors' names. */
export const decisionDomain: DomainModule<'decision'> = {
  prefix: 'decision',
  entities: [decisionEntity],
  migrations: [migration011, migration025],
  handlers: ({ ws }) => decisionHandlers(ws),
};

export { publishableDecisions } from './read';
export { decisionsAfter, listDecisions } from './read';
