import type { DomainModule } from '../../kernel/domain';
import { formHandlers } from './handlers';

/**
 * The ICS forms (201, 202, 203, 214) read live from the other domains' records: no entity, no table, no op. A
 * form is a pure function of the projection and its cut, like a situation report, but never filed.
 */
export const formDomain: DomainModule<'form'> = {
  prefix: 'form',
  entities: [],
  migrations: [],
  handlers: ({ ws }) => formHandlers(ws),
};
