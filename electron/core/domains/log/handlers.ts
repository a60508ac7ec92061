import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { fieldHistory } from './field-history';
import { listLog, writeNote } from './service';

export const logHandlers = (ws: () => Workspace): DomainHandlers<'log:'> => ({
  'log:list': (i) => listLog(ws(), i),
  'log:note': (i) => writeNote(ws(), i.incidentId, i.text),
  'log:fieldHistory': (i) => fieldHistory(ws(), i),
});
