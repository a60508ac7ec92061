import type { DomainModule } from '../../kernel/domain';
import { migration020 } from './migrations/020-rumours';
import { rumourEntity } from './entity';
import { rumourHandlers } from './handlers';

/** The rumour register: claims circulating about the incident, their verification and the statements correcting them. */
export const rumourDomain: DomainModule<'rumour'> = {
  prefix: 'rumour',
  entities: [rumourEntity],
  migrations: [migration020],
  handlers: ({ ws }) => rumourHandlers(ws),
};

export { falseClaims } from './read';
