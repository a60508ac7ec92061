import type { DomainModule } from '../../kernel/domain';
import { migration021 } from './migrations/021-rumours';
import { rumourEntity } from './entity';
import { rumourHandlers } from './handlers';

/** The rumour register: claims circulating about the incident, their verification and the statements correcting them. */
export const rumourDomain: DomainModule<'rumour'> = {
  prefix: 'rumour',
  entities: [rumourEntity],
  migrations: [migration021],
  handlers: ({ ws }) => rumourHandlers(ws),
};

export { falseClaims } from './read';
export { rumoursForReport } from './read';
