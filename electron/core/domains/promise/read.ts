import type { z } from 'zod';
import type { PromiseList, PromiseRecord, promiseListInput } from '../../../../shared/domain/promise';
import type { SitrepContent } from '../../../../shared/domain/sitrep';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { requireRow } from '../../kernel/query/links';
import { ListQuery, isoAt } from '../../kernel/query/list-query';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { promiseEntity } from './entity';

/** The only SQL on promises. A promise joins its owner's and its community's names, as a task joins its links'. */
const FROM = 'promises t LEFT JOIN people p ON p.id = t.owner_id LEFT JOIN protection_needs n ON n.id = t.need_id';
const SELECT = 't.*, p.name AS owner_name, n.name AS need_name';
/** Open and past due; the cutoff (now) is its one parameter. */
const OVERDUE_SQL = "(t.status = 'open' AND t.due_at < ?)";

interface PromiseRow extends ProjectionRow {
  owner_name: string | null;
  need_name: string | null;
}

function toPromise(row: PromiseRow, now: string): PromiseRecord {
  const fields = recordOf(promiseEntity, row);
  return { ...fields, ownerName: row.owner_name, needName: row.need_name, overdue: fields.status === 'open' && fields.dueAt < now };
}

export function getPromise(ws: Workspace, id: string): PromiseRecord {
  requireRow(ws, 'promise', id, 'promise');
  const row = rowsOf<PromiseRow>(ws.db, `SELECT ${SELECT} FROM ${FROM} WHERE t.id = ?`).get(id);
  if (!row) throw new Error(`promise ${id} vanished between two reads`);
  return toPromise(row, isoAt(ws.clock.now()));
}

/** Due first: the promise about to be broken is the one to read first. */
export function listPromises(ws: Workspace, input: z.output<typeof promiseListInput>): PromiseList {
  getIncident(ws, input.incidentId);
  const now = isoAt(ws.clock.now());
  const q = new ListQuery(FROM, input.incidentId).in('t.status', input.statuses);
  if (input.needId) q.add('t.need_id = ?', input.needId);
  if (input.sourceId) q.add('t.source_id = ?', input.sourceId);
  if (input.overdueOnly) q.add(OVERDUE_SQL, now);
  const all = () => new ListQuery('promises t', input.incidentId);
  return {
    promises: q.page<PromiseRow>(ws.db, SELECT, `t.due_at ${input.dir}`, input.offset, input.limit).map((row) => toPromise(row, now)),
    total: q.count(ws.db),
    open: all().add("t.status = 'open'").count(ws.db),
    overdue: all().add(OVERDUE_SQL, now).count(ws.db),
  };
}

type ReportedPromise = SitrepContent['promises']['overdue'][number];

/** The incident's promises that meet `where` (with its `params`), due first, as a report as of `now` lists them. */
const reported = (ws: Workspace, incidentId: string, now: string, where: string, ...params: string[]): ReportedPromise[] =>
  rowsOf<PromiseRow>(ws.db, `SELECT ${SELECT} FROM ${FROM} WHERE t.incident_id = ? AND t.deleted = 0 AND ${where} ORDER BY t.due_at, t.id`)
    .all(incidentId, ...params)
    .map((row) => toPromise(row, now))
    .map((p) => ({ id: p.id, text: p.text, dueAt: p.dueAt, ownerName: p.ownerName }));

/** For a situation report: how many promises are open and every overdue one, due first, as of `now` (the report's cut). */
export function promisesForReport(ws: Workspace, incidentId: string, now: string): SitrepContent['promises'] {
  const open = new ListQuery('promises t', incidentId).add("t.status = 'open'").count(ws.db);
  return { open, overdue: reported(ws, incidentId, now, OVERDUE_SQL, now) };
}

/** For an after-action report: the promises recorded as not kept, and those still open past their due time at `now`. */
export const brokenPromises = (ws: Workspace, incidentId: string, now: string): { notKept: ReportedPromise[]; overdue: ReportedPromise[] } => ({
  notKept: reported(ws, incidentId, now, "t.status = 'not kept'"),
  overdue: reported(ws, incidentId, now, OVERDUE_SQL, now),
});
