import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { currentPeriod, listPeriods } from './read';
import { startPeriod, writeHandover } from './service';

export const periodHandlers = (ws: () => Workspace): DomainHandlers<'period:'> => ({
  'period:start': (i) => startPeriod(ws(), i),
  'period:handover': (i) => writeHandover(ws(), i.id, i.handoverNote),
  'period:list': (i) => ({ periods: listPeriods(ws(), i.incidentId) }),
  'period:current': (i) => ({ period: currentPeriod(ws(), i.incidentId) }),
});
