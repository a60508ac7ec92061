import type { Actor, ActorCreateInput, ActorFields, PossibleDuplicate } from '../../../../shared/domain/actor';
import { getIncident } from '../incident';
import type { EntityFields } from '../../kernel/ops/entities';
import { changedFields, type Change } from '../../kernel/ops/change';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { findLookAlikes } from './duplicates';
import { actorsToCompare, getActor, hasStaleSetting, staleAfterMinutes } from './read';
import { newId } from '../../kernel/ops/ids';

export function createActor(ws: Workspace, input: ActorCreateInput): { actor: Actor; possibleDuplicates: PossibleDuplicate[] } {
  getIncident(ws, input.incidentId);
  const { incidentId, ...given } = input;
  const fields = {
    contact: '',
    role: '',
    location: '',
    latitude: null,
    longitude: null,
    status: 'en route',
    ...given,
    lastCheckInAt: null,
    createdAt: isoAt(ws.clock.now()),
  } satisfies EntityFields['actor'];
  const possibleDuplicates = findLookAlikes({ name: fields.name, kind: fields.kind, contact: fields.contact }, actorsToCompare(ws, incidentId));
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'actor', entityId: id, action: 'add', fields }]);
  return { actor: getActor(ws, id), possibleDuplicates };
}

export function updateActor(ws: Workspace, id: string, changes: Partial<ActorFields>): Actor {
  const current = getActor(ws, id);
  const changed = changedFields(current, changes);
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'actor', entityId: id, action: 'set', fields: changed }]);
  return getActor(ws, id);
}

/** One click: an append-only check-in, and the actor's latest check-in moved to now, in one batch. */
export function checkInActor(ws: Workspace, id: string, note = '', when?: string): Actor {
  const actor = getActor(ws, id);
  const at = when ? utcIso(when) : isoAt(ws.clock.now());
  const checkIn: Change = { entity: 'actorCheckIn', entityId: newId(), action: 'add', fields: { actorId: id, actorName: actor.name, at, note } };
  // A late-logged older check-in is kept in the log but does not move the latest one back.
  const newer = !actor.lastCheckInAt || at > actor.lastCheckInAt;
  ws.ops.commit(actor.incidentId, ws.author(), newer ? [checkIn, { entity: 'actor', entityId: id, action: 'set', fields: { lastCheckInAt: at } }] : [checkIn]);
  return getActor(ws, id);
}

export function setStaleAfter(ws: Workspace, incidentId: string, minutes: number): { staleAfterMinutes: number } {
  getIncident(ws, incidentId);
  ws.ops.commit(incidentId, ws.author(), [
    { entity: 'actorSettings', entityId: incidentId, action: hasStaleSetting(ws, incidentId) ? 'set' : 'add', fields: { staleAfterMinutes: minutes } },
  ]);
  return { staleAfterMinutes: staleAfterMinutes(ws, incidentId) };
}

