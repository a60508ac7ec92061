import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { getActor, listActors, summariseActors } from './read';
import { checkInActor, createActor, setStaleAfter, updateActor } from './service';

export const actorHandlers = (ws: () => Workspace): DomainHandlers<'actor:'> => ({
  'actor:create': (i) => createActor(ws(), i),
  'actor:update': (i) => updateActor(ws(), i.id, i.changes),
  'actor:checkIn': (i) => checkInActor(ws(), i.id, i.note, i.at),
  'actor:get': (i) => getActor(ws(), i.id),
  'actor:list': (i) => listActors(ws(), i),
  'actor:summary': (i) => summariseActors(ws(), i.incidentId),
  'actor:setStaleAfter': (i) => setStaleAfter(ws(), i.incidentId, i.staleAfterMinutes),
});
