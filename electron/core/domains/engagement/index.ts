import type { DomainModule } from '../../kernel/domain';
import { migration022 } from './migrations/022-engagements';
import { engagementEntity } from './entity';
import { engagementHandlers } from './handlers';

/** Engagements with communities at risk: who met whom, the community's temperature and trend, what was promised. */
export const engagementDomain: DomainModule<'engagement'> = {
  prefix: 'engagement',
  entities: [engagementEntity],
  migrations: [migration022],
  handlers: ({ ws }) => engagementHandlers(ws),
};
