import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract';
import { createIncident, getIncident, listIncidents, updateIncident } from '../incident/service';
import { listLog, writeNote } from '../log/service';
import { stateHash } from '../ops/state-hash';
import { entityDefs } from '../domains';
import type { StoreService } from '../store/store-service';

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

/** One handler per contract method: a method without a handler does not compile. */
export function createHandlers(store: StoreService): Handlers {
  const ws = () => store.current();
  return {
    'store:status': () => store.status(),
    'store:create': (i) => store.create(i.passphrase, i.useKeystore),
    'store:unlock': (i) => store.unlock(i),
    'store:lock': () => store.lock(),
    'store:changePassphrase': (i) => store.changePassphrase(i.newPassphrase),
    'incident:create': (i) => createIncident(ws(), i),
    'incident:list': () => listIncidents(ws()),
    'incident:get': (i) => getIncident(ws(), i.id),
    'incident:update': (i) => updateIncident(ws(), i.id, i.changes),
    'incident:stateHash': (i) => {
      getIncident(ws(), i.id);
      return { hash: stateHash(ws().db, i.id, entityDefs), ops: ws().ops.opCount(i.id) };
    },
    'log:list': (i) => listLog(ws(), i),
    'log:note': (i) => writeNote(ws(), i.incidentId, i.text),
  };
}
