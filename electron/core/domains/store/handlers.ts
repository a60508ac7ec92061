import type { DomainHandlers } from '../../kernel/domain';
import type { StoreService } from '../../kernel/store/store-service';

export const storeHandlers = (store: StoreService): DomainHandlers<'store:'> => ({
  'store:status': () => store.status(),
  'store:create': (i) => store.create(i.passphrase, i.useKeystore),
  'store:unlock': (i) => store.unlock(i),
  'store:lock': () => store.lock(),
  'store:changePassphrase': (i) => store.changePassphrase(i.current, i.newPassphrase),
  'store:rotateKey': (i) => store.rotateKey(i.passphrase),
});
