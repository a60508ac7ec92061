import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { listRefused, reapplyRefused } from './service';

export const refusalHandlers = (ws: () => Workspace): DomainHandlers<'refusal:'> => ({
  'refusal:list': (i) => listRefused(ws(), i),
  'refusal:reapply': (i) => reapplyRefused(ws(), i),
});
