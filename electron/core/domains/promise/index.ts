import type { DomainModule } from '../../kernel/domain';
import { migration020 } from './migrations/020-promises';
import { promiseEntity } from './entity';
import { promiseHandlers } from './handlers';

/** Promises made to communities and families, each with an owner and a due time. */
export const promiseDomain: DomainModule<'promise'> = {
  prefix: 'promise',
  entities: [promiseEntity],
  migrations: [migration020],
  handlers: ({ ws }) => promiseHandlers(ws),
};

export { promiseChange, type PromiseOrigin } from './service';
export { brokenPromises, promisesForReport } from './read';
