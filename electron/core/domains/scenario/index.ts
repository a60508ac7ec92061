import type { DomainModule } from '../../kernel/domain';
import { scenarioHandlers } from './handlers';

/** The demo exercise, loaded through the other domains' own methods. */
export const scenarioDomain: DomainModule<'scenario'> = {
  prefix: 'scenario',
  entities: [],
  migrations: [],
  handlers: ({ ws, resourcesDir, handlers }) => scenarioHandlers(ws, resourcesDir, handlers),
};

/** Calling contract methods from inside the core as a screen would: what a template's incident is loaded with too. */
export { createInvoke, type Invoke } from './invoke';
