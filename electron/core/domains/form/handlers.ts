import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { ics201 } from './ics201';
import { ics202 } from './ics202';
import { ics203 } from './ics203';
import { ics214 } from './ics214';

export const formHandlers = (ws: () => Workspace): DomainHandlers<'form:'> => ({
  'form:ics201': (i) => ics201(ws(), i),
  'form:ics202': (i) => ics202(ws(), i.periodId),
  'form:ics203': (i) => ics203(ws(), i.periodId),
  'form:ics214': (i) => ics214(ws(), i),
});
