import type { PlaybookItem, PlaybookItems, PlaybookSummary } from '../../../../shared/domain/playbook';
import type { TransitionKind } from '../../../../shared/domain/statement';
import { deriveStatus } from '../../../../shared/rules/statement-status';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { requireRow } from '../../kernel/query/links';
import { isoAt } from '../../kernel/query/list-query';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { playbookEntity, playbookItemEntity } from './entities';

/**
 * The only SQL on playbooks. An item joins who ticked it and the record its link names, whichever kind it is: a
 * task's title and status, a decision's "what", a statement's title and the transitions its status derives from.
 */
const ITEM_SQL = `SELECT i.*, p.name AS done_by_name,
    COALESCE(t.title, d.what, s.title) AS linked_title, t.status AS task_status, d.id AS decision_id, s.id AS statement_id,
    (SELECT json_group_array(kind) FROM statement_transitions WHERE statement_id = s.id) AS statement_kinds
  FROM playbook_items i
  LEFT JOIN people p ON p.id = i.done_by
  LEFT JOIN tasks t ON json_extract(i.link, '$.kind') = 'task' AND t.id = json_extract(i.link, '$.id') AND t.deleted = 0
  LEFT JOIN decisions d ON json_extract(i.link, '$.kind') = 'decision' AND d.id = json_extract(i.link, '$.id')
  LEFT JOIN statements s ON json_extract(i.link, '$.kind') = 'statement' AND s.id = json_extract(i.link, '$.id') AND s.deleted = 0
  WHERE i.deleted = 0`;

interface ItemRow extends ProjectionRow {
  done_by_name: string | null;
  linked_title: string | null;
  task_status: string | null;
  decision_id: string | null;
  statement_id: string | null;
  statement_kinds: string | null;
}

const MINUTE = 60_000;

function linkedStatus(row: ItemRow): string {
  if (row.task_status !== null) return row.task_status;
  if (row.statement_id !== null) return deriveStatus(JSON.parse(row.statement_kinds ?? '[]') as TransitionKind[]);
  return row.decision_id !== null ? 'recorded' : 'removed';
}

function toItem(row: ItemRow, startedAt: number, now: number): PlaybookItem {
  const fields = recordOf(playbookItemEntity, row);
  const due = startedAt + fields.offsetMinutes * MINUTE;
  return {
    ...fields,
    dueAt: isoAt(due),
    overdue: fields.state === 'open' && due < now,
    doneByName: row.done_by_name,
    linked: fields.link ? { ...fields.link, title: row.linked_title ?? '(no longer in the incident)', status: linkedStatus(row) } : null,
  };
}

const startOf = (ws: Workspace, incidentId: string): number => Date.parse(getIncident(ws, incidentId).startedAt);

function itemsOf(ws: Workspace, playbookId: string, incidentId: string): PlaybookItem[] {
  const startedAt = startOf(ws, incidentId);
  const now = ws.clock.now();
  return rowsOf<ItemRow>(ws.db, `${ITEM_SQL} AND i.playbook_id = ? ORDER BY i.position, i.id`)
    .all(playbookId)
    .map((row) => toItem(row, startedAt, now));
}

function summaryOf(row: ProjectionRow, items: readonly PlaybookItem[]): PlaybookSummary {
  const count = (test: (i: PlaybookItem) => boolean) => items.filter(test).length;
  return {
    ...recordOf(playbookEntity, row),
    total: items.length,
    open: count((i) => i.state === 'open'),
    done: count((i) => i.state === 'done'),
    notApplicable: count((i) => i.state === 'not applicable'),
    overdue: count((i) => i.overdue),
  };
}

export function getItem(ws: Workspace, id: string): PlaybookItem {
  const { incident_id: incidentId } = requireRow(ws, 'playbookItem', id, 'playbook item');
  const row = rowsOf<ItemRow>(ws.db, `${ITEM_SQL} AND i.id = ?`).get(id);
  if (!row) throw new Error(`playbook item ${id} vanished between two reads`);
  return toItem(row, startOf(ws, incidentId), ws.clock.now());
}

export function playbookItems(ws: Workspace, playbookId: string): PlaybookItems {
  const row = requireRow(ws, 'playbook', playbookId, 'playbook');
  const items = itemsOf(ws, playbookId, row.incident_id);
  return { playbook: summaryOf(row, items), items };
}

/** Every item of the incident's playbooks, due first, "overdue" as of `now` (a report's cut, not this console's clock). */
export function incidentItems(ws: Workspace, incidentId: string, now: number): PlaybookItem[] {
  const startedAt = startOf(ws, incidentId);
  return rowsOf<ItemRow>(ws.db, `${ITEM_SQL} AND i.incident_id = ? ORDER BY i.offset_minutes, i.position, i.id`)
    .all(incidentId)
    .map((row) => toItem(row, startedAt, now));
}

/** In the order they were adopted. */
export function listPlaybooks(ws: Workspace, incidentId: string): PlaybookSummary[] {
  getIncident(ws, incidentId);
  return rowsOf<ProjectionRow>(ws.db, 'SELECT * FROM playbooks WHERE incident_id = ? AND deleted = 0 ORDER BY created_hlc, id')
    .all(incidentId)
    .map((row) => summaryOf(row, itemsOf(ws, row.id, incidentId)));
}

/** The next free place at the end of a playbook, for an item added to it. */
export const nextPosition = (ws: Workspace, playbookId: string): number =>
  rowsOf<{ next: number }>(ws.db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM playbook_items WHERE playbook_id = ?').get(playbookId)?.next ?? 0;

/** Whether the incident already holds a playbook copied from this source. */
export const adoptedFrom = (ws: Workspace, incidentId: string, source: string): boolean =>
  rowsOf<{ one: number }>(ws.db, 'SELECT 1 AS one FROM playbooks WHERE incident_id = ? AND source = ? AND deleted = 0').get(incidentId, source) !== undefined;
