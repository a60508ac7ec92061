import type { DomainModule } from '../../kernel/domain';
import { migration002 } from './migrations/002-incidents';
import { incidentEntity } from './entity';
import { incidentHandlers } from './handlers';

/** Incidents: the situation picture every other domain's records belong to. Depends on roster (its first commander). */
export const incidentDomain: DomainModule<'incident'> = {
  prefix: 'incident',
  entities: [incidentEntity],
  migrations: [migration002],
  handlers: ({ ws }) => incidentHandlers(ws),
};

export { getIncident, incidentOpenedAt } from './read';
export { incidentFacts } from './facts';
