import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { listDecisions } from './read';
import { recordDecision } from './service';
import { verifyDecisions } from './verify';

export const decisionHandlers = (ws: () => Workspace): DomainHandlers<'decision:'> => ({
  'decision:list': (i) => listDecisions(ws(), i.incidentId),
  'decision:record': (i) => recordDecision(ws(), i),
  'decision:verify': (i) => verifyDecisions(ws(), i.incidentId),
});
