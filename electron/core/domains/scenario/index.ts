import type { DomainModule } from '../../kernel/domain';
import { scenarioHandlers } from './handlers';

/** The demo exercise, loaded through the other domains' own methods. */
export const scenarioDomain: DomainModule<'scenario'> = {
  prefix: 'scenario',
  entities: [],
  migrations: [],
  handlers: ({ ws, resourcesDir, handlers }) => scenarioHandlers(ws, resourcesDir, handlers),
};
