import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { getPromise, listPromises } from './read';
import { createPromise, updatePromise } from './service';

export const promiseHandlers = (ws: () => Workspace): DomainHandlers<'promise:'> => ({
  'promise:create': (i) => createPromise(ws(), i),
  'promise:update': (i) => updatePromise(ws(), i.id, i.changes),
  'promise:get': (i) => getPromise(ws(), i.id),
  'promise:list': (i) => listPromises(ws(), i),
});
