import type { z } from 'zod';
import {
  openMeasureStatuses,
  protectionRiskLevels,
  protectionStatuses,
  type BacklashPerDay,
  type BacklashReport,
  type backlashListInput,
  type Measure,
  type ProtectionListInput,
  type ProtectionNeed,
  type ProtectionSummary,
} from '../../../../shared/domain/protection';
import type { SitrepContent } from '../../../../shared/domain/sitrep';
import { getIncident } from '../incident';
import { rowsOf } from '../../kernel/db/rows';
import { HybridClock } from '../../kernel/ops/hlc';
import { requireRow } from '../../kernel/query/links';
import { ListQuery } from '../../kernel/query/list-query';
import { dayModifier, everyDay } from '../../kernel/query/per-day';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import { backlashReportEntity, protectionMeasureEntity, protectionNeedEntity } from './entity';

/**
 * The only SQL on protection needs, measures and backlash reports. A measure joins its actor's name (a table of the
 * actor domain) in the same read as its own row, as a task does: a need's measures come in one query.
 */
const OPEN_MEASURES = `(SELECT count(*) FROM protection_measures m WHERE m.need_id = t.id AND m.deleted = 0 AND m.status IN (${openMeasureStatuses.map((s) => `'${s}'`).join(',')}))`;
const REPORTS = '(SELECT count(*) FROM backlash_reports b WHERE b.need_id = t.id)';
const NEED_SELECT = `t.*, ${OPEN_MEASURES} AS open_measures, ${REPORTS} AS backlash_count`;
/** Critical first: the order a lead reads a list of needs in. */
const RISK_ORDER = `CASE t.risk_level ${protectionRiskLevels.map((r, i) => `WHEN '${r}' THEN ${i}`).join(' ')} END`;
const MEASURE_SELECT = 'SELECT m.*, a.name AS actor_name FROM protection_measures m LEFT JOIN actors a ON a.id = m.actor_id';
const REPORT_SELECT = 't.*, n.name AS need_name';
const REPORT_FROM = 'backlash_reports t LEFT JOIN protection_needs n ON n.id = t.need_id';

interface NeedRow extends ProjectionRow {
  open_measures: number;
  backlash_count: number;
}

interface MeasureRow extends ProjectionRow {
  actor_name: string | null;
}

interface ReportRow extends ProjectionRow {
  need_name: string | null;
  hlc: string;
}

function toNeed(row: NeedRow): ProtectionNeed {
  const fields = recordOf(protectionNeedEntity, row);
  return {
    ...fields,
    languages: fields.languages ?? [],
    caseManagerId: fields.caseManagerId ?? null,
    entryPointIds: fields.entryPointIds ?? [],
    openMeasures: row.open_measures, backlashReports: row.backlash_count };
}

function toMeasure(row: MeasureRow): Measure {
  const { incidentId: _incident, ...fields } = recordOf(protectionMeasureEntity, row);
  return { ...fields, actorName: row.actor_name ?? '(removed actor)' };
}

const toReport = (row: ReportRow): BacklashReport => ({ ...recordOf(backlashReportEntity, row), needName: row.need_name ?? '', reportedAt: HybridClock.toIso(row.hlc) });

export function getNeed(ws: Workspace, id: string): ProtectionNeed {
  requireRow(ws, 'protectionNeed', id, 'protection need');
  const row = rowsOf<NeedRow>(ws.db, `SELECT ${NEED_SELECT} FROM protection_needs t WHERE t.id = ?`).get(id);
  if (!row) throw new Error(`protection need ${id} vanished between two reads`);
  return toNeed(row);
}

export const getNeedDetail = (ws: Workspace, id: string): { need: ProtectionNeed; measures: Measure[] } => ({
  need: getNeed(ws, id),
  measures: rowsOf<MeasureRow>(ws.db, `${MEASURE_SELECT} WHERE m.need_id = ? AND m.deleted = 0 ORDER BY m.created_at, m.id`).all(id).map(toMeasure),
});

/** A live measure with the incident it belongs to. */
export function getMeasure(ws: Workspace, id: string): { measure: Measure; incidentId: string } {
  requireRow(ws, 'protectionMeasure', id, 'measure');
  const row = rowsOf<MeasureRow>(ws.db, `${MEASURE_SELECT} WHERE m.id = ?`).get(id);
  if (!row) throw new Error(`measure ${id} vanished between two reads`);
  return { measure: toMeasure(row), incidentId: row.incident_id };
}

/** The default direction reads as people expect of each column; for risk that is the most severe first. */
const order = (sort: ProtectionListInput['sort'], dir: 'asc' | 'desc'): string => {
  switch (sort) {
    case 'risk':
      return `${RISK_ORDER} ${dir === 'asc' ? 'DESC' : 'ASC'}, t.name COLLATE NOCASE`;
    case 'name':
      return `t.name COLLATE NOCASE ${dir}`;
    case 'status':
      return `t.status ${dir}`;
    case 'lastContact':
      return `t.last_contact_at ${dir}`;
  }
};

export function listNeeds(ws: Workspace, input: ProtectionListInput): { needs: ProtectionNeed[]; total: number } {
  getIncident(ws, input.incidentId);
  const q = new ListQuery('protection_needs t', input.incidentId)
    .in('t.status', input.statuses)
    .in('t.risk_level', input.riskLevels)
    .text(['t.name', 't.address', 't.notes', 't.languages'], input.text);
  return { needs: q.page<NeedRow>(ws.db, NEED_SELECT, order(input.sort, input.dir), input.offset, input.limit).map(toNeed), total: q.count(ws.db) };
}

export function summariseNeeds(ws: Workspace, incidentId: string, shown = 5): ProtectionSummary {
  getIncident(ws, incidentId);
  const active = () => new ListQuery('protection_needs t', incidentId).add("t.status != 'closed'");
  const openMeasures = new ListQuery('protection_measures t', incidentId).in('t.status', openMeasureStatuses).count(ws.db);
  return {
    byRisk: active().countBy(ws.db, 't.risk_level', protectionRiskLevels),
    byStatus: new ListQuery('protection_needs t', incidentId).countBy(ws.db, 't.status', protectionStatuses),
    openMeasures,
    top: active().page<NeedRow>(ws.db, NEED_SELECT, `${RISK_ORDER} DESC, t.last_contact_at ASC`, 0, shown).map(toNeed),
  };
}

/** The languages of the communities recorded as affected, lower-cased: a statement should reach each of them. */
export function communityLanguages(ws: Workspace, incidentId: string): string[] {
  const rows = rowsOf<{ languages: string | null }>(ws.db, 'SELECT languages FROM protection_needs WHERE incident_id = ? AND deleted = 0').all(incidentId);
  const out = new Set<string>();
  for (const { languages } of rows) {
    const parsed: unknown = languages ? JSON.parse(languages) : [];
    if (Array.isArray(parsed)) for (const l of parsed) if (typeof l === 'string' && l.trim()) out.add(l.trim().toLowerCase());
  }
  return [...out].sort();
}

/** Names of the communities (not sites) the incident protects: a statement must not tie them to blame. */
export const communityNames = (ws: Workspace, incidentId: string): string[] =>
  rowsOf<{ name: string }>(ws.db, "SELECT name FROM protection_needs WHERE incident_id = ? AND deleted = 0 AND subject = 'community'").all(incidentId).map((r) => r.name);

export function getReport(ws: Workspace, id: string): BacklashReport {
  const row = rowsOf<ReportRow>(ws.db, `SELECT ${REPORT_SELECT} FROM ${REPORT_FROM} WHERE t.id = ?`).get(id);
  if (!row) throw new Error(`backlash report ${id} vanished after it was filed`);
  return toReport(row);
}

export function listReports(ws: Workspace, input: z.output<typeof backlashListInput>): { reports: BacklashReport[]; total: number } {
  getIncident(ws, input.incidentId);
  const q = new ListQuery(REPORT_FROM, input.incidentId, false);
  if (input.needId) q.add('t.need_id = ?', input.needId);
  return { reports: q.page<ReportRow>(ws.db, REPORT_SELECT, `t.occurred_at ${input.dir}`, input.offset, input.limit).map(toReport), total: q.count(ws.db) };
}

/** Every day from the first report to today, zeros included, so the chart's time axis is honest. */
export function reportsPerDay(ws: Workspace, incidentId: string, utcOffsetMinutes: number, nowMs = ws.clock.now()): BacklashPerDay {
  getIncident(ws, incidentId);
  const rows = rowsOf<{ day: string; verified: number; unverified: number }>(
    ws.db,
    `SELECT date(occurred_at, ?) AS day, sum(verified) AS verified, count(*) - sum(verified) AS unverified
     FROM backlash_reports WHERE incident_id = ? GROUP BY day ORDER BY day`,
  ).all(dayModifier(utcOffsetMinutes), incidentId);
  return everyDay(rows, nowMs, utcOffsetMinutes, (day) => ({ day, verified: 0, unverified: 0 }));
}

/**
 * For a situation report: the needs not closed, most at risk first, each with its open measures; two queries for
 * the whole incident, however many needs it has.
 */
export function needsForReport(ws: Workspace, incidentId: string): SitrepContent['protection'] {
  const needs = rowsOf<{ id: string; name: string; risk_level: string; status: string }>(
    ws.db,
    `SELECT t.id, t.name, t.risk_level, t.status FROM protection_needs t WHERE t.incident_id = ? AND t.deleted = 0 AND t.status != 'closed'
     ORDER BY ${RISK_ORDER} DESC, t.name, t.id`,
  ).all(incidentId);
  const measures = rowsOf<{ id: string; need_id: string; kind: string; description: string; status: string }>(
    ws.db,
    `SELECT m.id, m.need_id, m.kind, m.description, m.status FROM protection_measures m
     WHERE m.incident_id = ? AND m.deleted = 0 AND m.status IN (${openMeasureStatuses.map((s) => `'${s}'`).join(',')}) ORDER BY m.created_at, m.id`,
  ).all(incidentId);
  const byNeed = new Map<string, SitrepContent['protection'][number]['openMeasures']>();
  for (const m of measures) byNeed.set(m.need_id, [...(byNeed.get(m.need_id) ?? []), { id: m.id, kind: m.kind, description: m.description, status: m.status }]);
  return needs.map((n) => ({ id: n.id, name: n.name, riskLevel: n.risk_level, status: n.status, openMeasures: byNeed.get(n.id) ?? [] }));
}
