import type { DomainModule } from '../../kernel/domain';
import { reviewHandlers } from './handlers';

/**
 * The after-action review: reads what the other domains recorded (decisions, priorities, statements, refused edits,
 * the playbook, promises) and holds no record of its own. Depends on incident, priority, decision, statement,
 * refusal, playbook and promise.
 */
export const reviewDomain: DomainModule<'review'> = {
  prefix: 'review',
  entities: [],
  migrations: [],
  handlers: ({ ws }) => reviewHandlers(ws),
};
