import type { DomainModule } from '../../kernel/domain';
import { migration031 } from './migrations/031-resource-requests';
import { requestEntity } from './entity';
import { requestHandlers } from './handlers';

/** Resource requests (ICS 213RR): what is asked for, for which priority, and its way from requested to arrived. */
export const requestDomain: DomainModule<'request'> = {
  prefix: 'request',
  entities: [requestEntity],
  migrations: [migration031],
  handlers: ({ ws }) => requestHandlers(ws),
};
