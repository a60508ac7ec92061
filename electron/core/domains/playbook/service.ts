import type { z } from 'zod';
import type { BuiltInPlaybookId, ItemLink, ItemState, PlaybookItem, PlaybookItemFields, PlaybookSummary, playbookAddItemInput } from '../../../../shared/domain/playbook';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import type { Change } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { newId } from '../../kernel/ops/ids';
import { requireInIncident, requireRow } from '../../kernel/query/links';
import { isoAt } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { builtInPlaybook } from './built-in';
import { adoptedFrom, getItem, nextPosition, playbookItems } from './read';

const itemChange = (playbookId: string, item: Pick<PlaybookItemFields, 'text' | 'guidance' | 'offsetMinutes' | 'ownerRole'>, position: number): Change<'playbookItem'> => {
  const fields = { playbookId, ...item, state: 'open', stateNote: '', doneAt: null, doneBy: null, link: null, position } satisfies EntityFields['playbookItem'];
  return { entity: 'playbookItem', entityId: newId(), action: 'add', fields };
};

/** The playbook and all its items in one commit: an incident never holds half a checklist. */
export function adoptPlaybook(ws: Workspace, incidentId: string, id: BuiltInPlaybookId): PlaybookSummary {
  getIncident(ws, incidentId);
  if (adoptedFrom(ws, incidentId, id)) throw new ConcordError('invalid_input', `this incident already follows the playbook ${id}`);
  const builtIn = builtInPlaybook(id);
  const playbookId = newId();
  const items = builtIn.items.map(({ key: _key, ...item }, position) => itemChange(playbookId, item, position));
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'playbook', entityId: playbookId, action: 'add', fields: { title: builtIn.title, source: id } }, ...items]);
  return playbookItems(ws, playbookId).playbook;
}

export function addItem(ws: Workspace, input: z.output<typeof playbookAddItemInput>): PlaybookItem {
  const { incident_id: incidentId } = requireRow(ws, 'playbook', input.playbookId, 'playbook');
  const { playbookId, ...item } = input;
  const change = itemChange(playbookId, item, nextPosition(ws, playbookId));
  ws.ops.commit(incidentId, ws.author(), [change]);
  return getItem(ws, change.entityId);
}

/** A new state with its stamps: done carries who and when (the judge holds it to the op's author), the others clear them. */
export function setState(ws: Workspace, id: string, state: ItemState, note: string): PlaybookItem {
  const item = getItem(ws, id);
  if (item.state === state) throw new ConcordError('invalid_input', `this playbook item is already ${state}`);
  const done = state === 'done';
  const fields = { state, stateNote: note, doneAt: done ? isoAt(ws.clock.now()) : null, doneBy: done ? ws.authorId() : null };
  ws.ops.commit(item.incidentId, ws.author(), [{ entity: 'playbookItem', entityId: id, action: 'set', fields }]);
  return getItem(ws, id);
}

/** The record that fulfils an item is one of the item's own incident. */
export function linkItem(ws: Workspace, id: string, link: ItemLink | null): PlaybookItem {
  const item = getItem(ws, id);
  if (link) requireInIncident(ws, link.kind, item.incidentId, link.id, link.kind);
  ws.ops.commit(item.incidentId, ws.author(), [{ entity: 'playbookItem', entityId: id, action: 'set', fields: { link } }]);
  return getItem(ws, id);
}
