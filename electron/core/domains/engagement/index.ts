import type { DomainModule } from '../../kernel/domain';
import { migration023 } from './migrations/023-engagements';
import { engagementEntity } from './entity';
import { engagementHandlers } from './handlers';

/** Engagements with communities at risk: who met whom, the community's temperature and trend, what was promised. */
export const engagementDomain: DomainModule<'engagement'> = {
  prefix: 'engagement',
  entities: [engagementEntity],
  migrations: [migration023],
  handlers: ({ ws }) => engagementHandlers(ws),
};
export { communityTemperatures } from './temperatures';
