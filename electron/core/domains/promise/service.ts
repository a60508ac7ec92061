import type { z } from 'zod';
import type { PromiseFields, PromiseMade, PromiseRecord, promiseCreateInput } from '../../../../shared/domain/promise';
import { getIncident } from '../incident';
import { changedFields, type Change } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import { isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { checkPromiseLinks } from './links';
import { getPromise } from './read';

export interface PromiseOrigin {
  needId: string | null;
  sourceKind: PromiseFields['sourceKind'];
  sourceId: string | null;
}

/**
 * The change that records a promise, checked, for the record that makes it to commit with its own: an engagement or
 * a family contact and the promises made in it land together or not at all.
 */
export function promiseChange(ws: Workspace, incidentId: string, made: PromiseMade, origin: PromiseOrigin): Change<'promise'> {
  checkPromiseLinks(ws, incidentId, { ownerId: made.ownerId, needId: origin.needId });
  const fields = {
    madeTo: '',
    ...made,
    dueAt: utcIso(made.dueAt),
    ...origin,
    status: 'open',
    outcome: '',
    createdAt: isoAt(ws.clock.now()),
  } satisfies EntityFields['promise'];
  return { entity: 'promise', entityId: newId(), action: 'add', fields };
}

export function createPromise(ws: Workspace, input: z.output<typeof promiseCreateInput>): PromiseRecord {
  getIncident(ws, input.incidentId);
  const { incidentId, needId, ...made } = input;
  const change = promiseChange(ws, incidentId, made, { needId: needId ?? null, sourceKind: 'other', sourceId: null });
  ws.ops.commit(incidentId, ws.author(), [change]);
  return getPromise(ws, change.entityId);
}

export function updatePromise(ws: Workspace, id: string, changes: Partial<PromiseFields>): PromiseRecord {
  const current = getPromise(ws, id);
  const changed = changedFields(current, changes.dueAt ? { ...changes, dueAt: utcIso(changes.dueAt) } : changes);
  checkPromiseLinks(ws, current.incidentId, changed);
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'promise', entityId: id, action: 'set', fields: changed }]);
  return getPromise(ws, id);
}
