import type { z } from 'zod';
import type { BacklashPerDay, BacklashReport, backlashCreateInput, backlashListInput } from '../../../../shared/domain/protection';
import { getIncident } from '../incident';
import { decodeRow } from '../../kernel/ops/entities';
import { HybridClock } from '../../kernel/ops/hlc';
import { requireInIncident } from '../../kernel/query/links';
import { ListQuery, isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { backlashReportEntity } from './entity';
import { newId } from '../../kernel/ops/ids';

const SELECT = 't.*, n.name AS need_name';
const FROM = 'backlash_reports t LEFT JOIN protection_needs n ON n.id = t.need_id';

function toReport(row: Record<string, unknown>): BacklashReport {
  const fields = decodeRow(backlashReportEntity, row);
  return { ...fields, needName: typeof row.need_name === 'string' ? row.need_name : '', reportedAt: HybridClock.toIso(String(row.hlc)) } as BacklashReport;
}

/** A report is filed against a protection need of the same incident; its community defaults to that need's. */
export function fileReport(ws: Workspace, input: z.output<typeof backlashCreateInput>): BacklashReport {
  getIncident(ws, input.incidentId);
  const { incidentId, ...given } = input;
  const need = requireInIncident(ws, 'protection_needs', incidentId, input.needId, 'protection need');
  const fields = {
    place: typeof need.address === 'string' ? need.address : '',
    community: need.subject === 'community' ? String(need.name) : '',
    description: '',
    verified: false,
    ...given,
    occurredAt: utcIso(given.occurredAt),
  };
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'backlashReport', entityId: id, action: 'add', fields }]);
  return toReport(ws.db.prepare(`SELECT ${SELECT} FROM ${FROM} WHERE t.id = ?`).get(id) as Record<string, unknown>);
}

export function listReports(ws: Workspace, input: z.output<typeof backlashListInput>): { reports: BacklashReport[]; total: number } {
  getIncident(ws, input.incidentId);
  const q = new ListQuery(FROM, input.incidentId, false);
  if (input.needId) q.add('t.need_id = ?', input.needId);
  return { reports: q.page(ws.db, SELECT, `t.occurred_at ${input.dir}`, input.offset, input.limit).map(toReport), total: q.count(ws.db) };
}

/** Every day from the first report to today, zeros included, so the chart's time axis is honest. */
export function reportsPerDay(ws: Workspace, incidentId: string, utcOffsetMinutes: number): BacklashPerDay {
  getIncident(ws, incidentId);
  const shift = `${utcOffsetMinutes >= 0 ? '+' : ''}${utcOffsetMinutes} minutes`;
  const rows = ws.db
    .prepare(
      `SELECT date(occurred_at, ?) AS day, sum(verified) AS verified, count(*) - sum(verified) AS unverified
       FROM backlash_reports WHERE incident_id = ? GROUP BY day ORDER BY day`,
    )
    .all(shift, incidentId) as { day: string; verified: number; unverified: number }[];
  const first = rows[0];
  if (!first) return [];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const today = isoAt(ws.clock.now() + utcOffsetMinutes * 60_000).slice(0, 10);
  const last = rows.at(-1)?.day ?? first.day;
  const end = last > today ? last : today;
  const days: BacklashPerDay = [];
  for (let d = Date.parse(`${first.day}T00:00:00Z`); d <= Date.parse(`${end}T00:00:00Z`) && days.length < 366; d += 86_400_000) {
    const day = isoAt(d).slice(0, 10);
    const r = byDay.get(day);
    days.push({ day, verified: r?.verified ?? 0, unverified: r?.unverified ?? 0 });
  }
  return days;
}
