import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { getRumour, listRumours, openRumours, rumoursPerDay } from './read';
import { correctRumour, createRumour, updateRumour, verifyRumour } from './service';

export const rumourHandlers = (ws: () => Workspace): DomainHandlers<'rumour:'> => ({
  'rumour:create': (i) => createRumour(ws(), i),
  'rumour:update': (i) => updateRumour(ws(), i.id, i.changes),
  'rumour:verify': (i) => verifyRumour(ws(), i),
  'rumour:correct': (i) => correctRumour(ws(), i),
  'rumour:get': (i) => getRumour(ws(), i.id),
  'rumour:list': (i) => listRumours(ws(), i),
  'rumour:open': (i) => openRumours(ws(), i.incidentId),
  'rumour:perDay': (i) => rumoursPerDay(ws(), i.incidentId, i.utcOffsetMinutes),
});
