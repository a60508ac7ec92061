import { taskStatuses, type Task, type TaskBoard, type TaskBoardInput, type TaskListInput, type TaskStatus, type TaskSummary } from '../../../../shared/domain/task';
import type { SitrepContent } from '../../../../shared/domain/sitrep';
import type { Ics201 } from '../../../../shared/domain/form';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { HybridClock } from '../../kernel/ops/hlc';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import { requireRow } from '../../kernel/query/links';
import { ListQuery, isoAt } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { taskEntity } from './entity';

/**
 * The only SQL on tasks. A task row joins the names of what it points at (owner, priority, protection need, actor),
 * tables of other domains: sorting a page by owner name or priority rank has to happen in SQLite, before the page
 * is cut, so those joins stay here rather than one call per task to the domains that own them.
 */
const FROM = `tasks t
  LEFT JOIN people p ON p.id = t.owner_id
  LEFT JOIN priorities pr ON pr.id = t.priority_id
  LEFT JOIN protection_needs n ON n.id = t.protection_need_id
  LEFT JOIN actors a ON a.id = t.actor_id`;
/** What a sort needs besides the task row itself: owners and priorities sort by their joined name and rank. */
const SORT_FROM: Record<TaskListInput['sort'], string> = {
  due: 'tasks t',
  title: 'tasks t',
  status: 'tasks t',
  owner: 'tasks t LEFT JOIN people p ON p.id = t.owner_id',
  priority: 'tasks t LEFT JOIN priorities pr ON pr.id = t.priority_id',
  updated: 'tasks t',
};
const SELECT = 't.*, p.name AS owner_name, pr.title AS priority_title, n.name AS need_name, a.name AS actor_name';
/** Past due and not done; the cutoff (now) is its one parameter. */
const OVERDUE_SQL = "(t.status != 'done' AND t.due_at IS NOT NULL AND t.due_at < ?)";
const STATUS_ORDER = `CASE t.status ${taskStatuses.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

/** A task's projection row with the names its joins add. */
interface TaskRow extends ProjectionRow {
  owner_name: string | null;
  priority_title: string | null;
  need_name: string | null;
  actor_name: string | null;
  updated_hlc: string;
}

function toTask(row: TaskRow, now: string): Task {
  const fields = recordOf(taskEntity, row);
  return {
    ...fields,
    overdue: fields.status !== 'done' && fields.dueAt !== null && fields.dueAt < now,
    ownerName: row.owner_name,
    priorityTitle: row.priority_title,
    protectionNeedName: row.need_name,
    actorName: row.actor_name,
    updatedAt: HybridClock.toIso(row.updated_hlc),
  };
}

export const nowIso = (ws: Workspace) => isoAt(ws.clock.now());

export function getTask(ws: Workspace, id: string): Task {
  requireRow(ws, 'task', id, 'task');
  const row = rowsOf<TaskRow>(ws.db, `SELECT ${SELECT} FROM ${FROM} WHERE t.id = ?`).get(id);
  if (!row) throw new Error(`task ${id} vanished between two reads`);
  return toTask(row, nowIso(ws));
}

const orderBy: Record<TaskListInput['sort'], (dir: string) => string> = {
  // Tasks without a due time come last whichever way the list is sorted.
  due: (dir) => `t.due_at IS NULL, t.due_at ${dir}`,
  title: (dir) => `t.title COLLATE NOCASE ${dir}`,
  status: (dir) => `${STATUS_ORDER} ${dir}, t.due_at IS NULL, t.due_at`,
  owner: (dir) => `p.name IS NULL, p.name COLLATE NOCASE ${dir}`,
  // Priorities are ordered by their fractional index: the commander's order, not the alphabet.
  priority: (dir) => `pr.rank ${dir}`,
  updated: (dir) => `t.updated_hlc ${dir}`,
};

function taskQuery(input: Omit<TaskListInput, 'sort' | 'offset' | 'limit' | 'dir'>, now: string, from = FROM): ListQuery {
  const q = new ListQuery(from, input.incidentId)
    .in('t.status', input.statuses)
    .text(['t.title', 't.details'], input.text);
  if (input.ownerId) q.add('t.owner_id = ?', input.ownerId);
  if (input.priorityId) q.add('t.priority_id = ?', input.priorityId);
  if (input.protectionNeedId) q.add('t.protection_need_id = ?', input.protectionNeedId);
  if (input.actorId) q.add('t.actor_id = ?', input.actorId);
  if (input.overdueOnly) q.add(OVERDUE_SQL, now);
  return q;
}

/** The joined rows of the tasks named, in the order given: one read for a page, or for a whole board. */
function tasksByIds(ws: Workspace, ids: readonly string[], now: string): Task[] {
  if (ids.length === 0) return [];
  const rows = rowsOf<TaskRow>(ws.db, `SELECT ${SELECT} FROM ${FROM} WHERE t.id IN (${ids.map(() => '?').join(',')})`).all(...ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toTask(row, now)] : [];
  });
}

/**
 * The page's ids first, sorted without the four joins, then the joined rows of that page only: sorting the
 * joined rows made SQLite join every matching task (10,000) to show 100.
 */
const pageIds = (ws: Workspace, q: ListQuery, order: string, offset: number, limit: number): string[] =>
  q.page(ws.db, 't.id', order, offset, limit).map((r) => r.id);

const pageOfTasks = (ws: Workspace, q: ListQuery, order: string, offset: number, limit: number, now: string): Task[] =>
  tasksByIds(ws, pageIds(ws, q, order, offset, limit), now);

export function listTasks(ws: Workspace, input: TaskListInput): { tasks: Task[]; total: number } {
  getIncident(ws, input.incidentId);
  const now = nowIso(ws);
  const page = taskQuery(input, now, SORT_FROM[input.sort]).pageAndCount(ws.db, 't.id', orderBy[input.sort](input.dir), input.offset, input.limit);
  return { tasks: tasksByIds(ws, page.rows.map((r) => r.id), now), total: page.total };
}

/**
 * A column's first tasks in the order of the `due` sort. Those with a due time are read in the status index's
 * own order, so SQLite stops after `limit` instead of sorting the whole column; those without only fill the rest.
 */
function dueFirst(ws: Workspace, incidentId: string, status: TaskStatus, limit: number, now: string): string[] {
  const column = () => taskQuery({ incidentId, statuses: [status] }, now, 'tasks t');
  const dated = pageIds(ws, column().add('t.due_at IS NOT NULL'), 't.due_at', 0, limit);
  return dated.length < limit ? [...dated, ...pageIds(ws, column().add('t.due_at IS NULL'), 't.due_at', 0, limit - dated.length)] : dated;
}

/**
 * Every column of the board from one call: the ids of each column's first tasks (by the status index), then
 * their joined rows in one read, and the counts in one grouped scan. Four list calls cost four round trips.
 */
export function taskBoard(ws: Workspace, input: TaskBoardInput): TaskBoard {
  getIncident(ws, input.incidentId);
  const now = nowIso(ws);
  const totals = new ListQuery('tasks t', input.incidentId).countBy(ws.db, 't.status', taskStatuses);
  const ids = taskStatuses.map((status) => dueFirst(ws, input.incidentId, status, input.shown[status], now));
  const byId = new Map(tasksByIds(ws, ids.flat(), now).map((t) => [t.id, t]));
  return {
    columns: taskStatuses.map((status, i) => ({
      status,
      tasks: (ids[i] ?? []).flatMap((id) => byId.get(id) ?? []),
      total: totals[status] ?? 0,
    })),
  };
}

export function summariseTasks(ws: Workspace, incidentId: string, shown = 6): TaskSummary {
  getIncident(ws, incidentId);
  const now = nowIso(ws);
  const byStatus = new ListQuery('tasks t', incidentId).countBy(ws.db, 't.status', taskStatuses);
  const overdueCount = new ListQuery('tasks t', incidentId).add(OVERDUE_SQL, now).count(ws.db);
  // Most overdue first, then whatever falls due next.
  const attention = pageOfTasks(ws, taskQuery({ incidentId }, now, 'tasks t').add("t.status != 'done' AND t.due_at IS NOT NULL"), 't.due_at ASC', 0, shown, now);
  return { total: Object.values(byStatus).reduce((s, n) => s + n, 0), byStatus, overdueCount, attention };
}

/** Titles of the tasks the public may not hear of: a statement quoting one discloses something internal. */
export const nonPublicTaskTitles = (ws: Workspace, incidentId: string): string[] =>
  rowsOf<{ title: string }>(ws.db, 'SELECT title FROM tasks WHERE incident_id = ? AND deleted = 0 AND public = 0').all(incidentId).map((r) => r.title);

export interface TaskProgress {
  title: string;
  status: TaskStatus;
  barrier: string;
}

/** Public tasks under way, blocked or done, as a transparency update tells them: by status, then by due time. */
export function publicTaskProgress(ws: Workspace, incidentId: string): TaskProgress[] {
  return rowsOf<TaskProgress>(
    ws.db,
    `SELECT t.title, t.status, t.barrier FROM tasks t WHERE t.incident_id = ? AND t.deleted = 0 AND t.public = 1 AND t.status != 'to do' ORDER BY ${STATUS_ORDER}, t.due_at IS NULL, t.due_at, t.title`,
  ).all(incidentId);
}

/** For a situation report: how many tasks are open and every overdue one, due first, as of `now` (the report's cut). */
export function tasksForReport(ws: Workspace, incidentId: string, now: string): SitrepContent['tasks'] {
  const open = new ListQuery('tasks t', incidentId).add("t.status != 'done'").count(ws.db);
  const overdue = rowsOf<{ id: string; title: string; status: string; due_at: string; owner_name: string | null }>(
    ws.db,
    `SELECT t.id, t.title, t.status, t.due_at, p.name AS owner_name FROM tasks t LEFT JOIN people p ON p.id = t.owner_id
     WHERE t.incident_id = ? AND t.deleted = 0 AND ${OVERDUE_SQL} ORDER BY t.due_at, t.id`,
  ).all(incidentId, now);
  return {
    open,
    overdueCount: overdue.length,
    overdue: overdue.map((t) => ({ id: t.id, title: t.title, status: t.status, dueAt: t.due_at, ownerName: t.owner_name })),
  };
}

/**
 * For an incident briefing (ICS 201): the first `limit` tasks not done, those in progress or blocked before those
 * still to do, then by due time, and how many there are. The order ends on id, so every console lists the same.
 */
export function openTasksForBriefing(ws: Workspace, incidentId: string, limit: number): Ics201['actions'] {
  const total = new ListQuery('tasks t', incidentId).add("t.status != 'done'").count(ws.db);
  const rows = rowsOf<{ id: string; title: string; status: TaskStatus; due_at: string | null; owner_name: string | null; priority_title: string | null }>(
    ws.db,
    `SELECT t.id, t.title, t.status, t.due_at, p.name AS owner_name, pr.title AS priority_title
     FROM tasks t LEFT JOIN people p ON p.id = t.owner_id LEFT JOIN priorities pr ON pr.id = t.priority_id
     WHERE t.incident_id = ? AND t.deleted = 0 AND t.status != 'done'
     ORDER BY t.status = 'to do', ${STATUS_ORDER}, t.due_at IS NULL, t.due_at, t.id LIMIT ?`,
  ).all(incidentId, limit);
  return {
    items: rows.map((t) => ({ id: t.id, title: t.title, status: t.status, ownerName: t.owner_name, dueAt: t.due_at, priorityTitle: t.priority_title })),
    total,
  };
}
