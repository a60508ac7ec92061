import type { DomainModule } from '../../kernel/domain';
import { templateHandlers } from './handlers';
import { migration032 } from './migrations/032-templates';

/**
 * What a city prepares in peacetime (roster, community register, contacts, key messages, playbooks), kept in this
 * console's store outside any incident, started as a new incident through the contract, moved as one signed file.
 */
export const templateDomain: DomainModule<'template'> = {
  prefix: 'template',
  entities: [],
  migrations: [migration032],
  handlers: ({ ws, handlers }) => templateHandlers(ws, handlers),
};
