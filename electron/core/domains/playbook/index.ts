import type { DomainModule } from '../../kernel/domain';
import { migration028 } from './migrations/028-playbooks';
import { playbookEntity, playbookItemEntity } from './entities';
import { playbookHandlers } from './handlers';

/** Checklists from the guide, copied into an incident: items due at offsets from its start, ticked or linked to what fulfils them. */
export const playbookDomain: DomainModule<'playbook'> = {
  prefix: 'playbook',
  entities: [playbookEntity, playbookItemEntity],
  migrations: [migration028],
  handlers: ({ ws }) => playbookHandlers(ws),
};

/** A built-in playbook as its file holds it, items by key: what a scenario names items by. */
export { builtInPlaybook } from './built-in';
export { incidentItems } from './read';
