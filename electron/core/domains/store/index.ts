import type { DomainModule } from '../../kernel/domain';
import { storeHandlers } from './handlers';

/** The encrypted store's life cycle: create, unlock, lock, change the passphrase, rotate the key. */
export const storeDomain: DomainModule<'store'> = {
  prefix: 'store',
  entities: [],
  migrations: [],
  handlers: ({ store }) => storeHandlers(store),
};
