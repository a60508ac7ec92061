import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { afterAction } from './report';

export const reviewHandlers = (ws: () => Workspace): DomainHandlers<'review:'> => ({
  'review:afterAction': (i) => afterAction(ws(), i.incidentId),
});
