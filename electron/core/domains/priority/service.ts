import type { z } from 'zod';
import type { Priority, priorityInputs } from '../../../../shared/domain/priority';
import type { Change } from '../../kernel/ops/change';
import { requireInIncident } from '../../kernel/query/links';
import type { ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { listPriorities } from './read';
import { rankAfter, ranksForMove } from './ranks';
import { newId } from '../../kernel/ops/ids';

type In<K extends keyof typeof priorityInputs> = z.output<(typeof priorityInputs)[K]>;

const commit = (ws: Workspace, incidentId: string, changes: Change[]): Priority[] => {
  ws.ops.commit(incidentId, ws.author(), changes);
  return listPriorities(ws, incidentId);
};

export const requirePriority = (ws: Workspace, incidentId: string, id: string): ProjectionRow =>
  requireInIncident(ws, 'priority', incidentId, id, 'priority');

/** A new priority goes to the bottom of the list; the commander then moves it where it belongs. */
export function addPriority(ws: Workspace, input: In<'add'>): Priority[] {
  const list = listPriorities(ws, input.incidentId);
  const fields = { title: input.title, rationale: input.rationale ?? '', visibility: input.visibility ?? 'internal', rank: rankAfter(list.at(-1)?.rank ?? null) };
  return commit(ws, input.incidentId, [{ entity: 'priority', entityId: newId(), action: 'add', fields }]);
}

export function updatePriority(ws: Workspace, input: In<'update'>): Priority[] {
  requirePriority(ws, input.incidentId, input.id);
  return commit(ws, input.incidentId, [{ entity: 'priority', entityId: input.id, action: 'set', fields: input.changes }]);
}

export function movePriority(ws: Workspace, input: In<'move'>): Priority[] {
  requirePriority(ws, input.incidentId, input.id);
  const list = listPriorities(ws, input.incidentId);
  if (list.findIndex((p) => p.id === input.id) === input.toIndex) return list;
  const changes: Change[] = [...ranksForMove(list, input.id, input.toIndex)].map(([id, rank]) => ({ entity: 'priority', entityId: id, action: 'set', fields: { rank } }));
  return commit(ws, input.incidentId, changes);
}

export function removePriority(ws: Workspace, input: In<'remove'>): Priority[] {
  requirePriority(ws, input.incidentId, input.id);
  return commit(ws, input.incidentId, [{ entity: 'priority', entityId: input.id, action: 'delete', fields: {} }]);
}
