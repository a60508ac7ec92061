import type { DomainModule } from '../../kernel/domain';
import { testHandlers } from './handlers';

/** Test consoles only: move the clock forward so time rules are tested without waiting. */
export const testDomain: DomainModule<'test'> = {
  prefix: 'test',
  entities: [],
  migrations: [],
  handlers: ({ clock }) => testHandlers(clock),
};
