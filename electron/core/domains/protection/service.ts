import {
  openMeasureStatuses,
  protectionRiskLevels,
  protectionStatuses,
  type Measure,
  type ProtectionCreateInput,
  type ProtectionFields,
  type ProtectionListInput,
  type ProtectionNeed,
  type ProtectionSummary,
} from '../../../../shared/domain/protection';
import { getIncident } from '../incident';
import { changedFields } from '../../kernel/ops/change';
import { decodeRow, type EntityFields } from '../../kernel/ops/entities';
import { requireRow } from '../../kernel/query/links';
import { ListQuery, isoAt, utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { protectionMeasureEntity, protectionNeedEntity } from './entity';
import { newId } from '../../kernel/ops/ids';

const OPEN_MEASURES = `(SELECT count(*) FROM protection_measures m WHERE m.need_id = t.id AND m.deleted = 0 AND m.status IN (${openMeasureStatuses.map((s) => `'${s}'`).join(',')}))`;
const REPORTS = '(SELECT count(*) FROM backlash_reports b WHERE b.need_id = t.id)';
const NEED_SELECT = `t.*, ${OPEN_MEASURES} AS open_measures, ${REPORTS} AS backlash_count`;
/** Critical first: the order a lead reads a list of needs in. */
const RISK_ORDER = `CASE t.risk_level ${protectionRiskLevels.map((r, i) => `WHEN '${r}' THEN ${i}`).join(' ')} END`;

function toNeed(row: Record<string, unknown>): ProtectionNeed {
  const fields = decodeRow(protectionNeedEntity, row) as Omit<ProtectionNeed, 'openMeasures' | 'backlashReports'>;
  return { ...fields, languages: fields.languages ?? [], openMeasures: Number(row.open_measures ?? 0), backlashReports: Number(row.backlash_count ?? 0) };
}

function readNeed(ws: Workspace, id: string): ProtectionNeed {
  requireRow(ws, 'protection_needs', id, 'protection need');
  return toNeed(ws.db.prepare(`SELECT ${NEED_SELECT} FROM protection_needs t WHERE t.id = ?`).get(id) as Record<string, unknown>);
}

const normalised = <T extends Partial<ProtectionFields>>(fields: T): T =>
  fields.lastContactAt ? { ...fields, lastContactAt: utcIso(fields.lastContactAt) } : fields;

export function createNeed(ws: Workspace, input: ProtectionCreateInput): ProtectionNeed {
  getIncident(ws, input.incidentId);
  const { incidentId, ...given } = input;
  const fields = {
    communityKind: null,
    siteKind: null,
    address: '',
    languages: [],
    notes: '',
    status: 'open',
    lastContactAt: null,
    lastContactBy: '',
    ...normalised(given),
    createdAt: isoAt(ws.clock.now()),
  } satisfies EntityFields['protectionNeed'];
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'protectionNeed', entityId: id, action: 'add', fields }]);
  return readNeed(ws, id);
}

export function updateNeed(ws: Workspace, id: string, changes: Partial<ProtectionFields>): ProtectionNeed {
  const current = readNeed(ws, id);
  const changed = changedFields(current, normalised(changes));
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'protectionNeed', entityId: id, action: 'set', fields: changed }]);
  return readNeed(ws, id);
}

/** "Last contact with the community and who made it": now unless the liaison says when. */
export const recordContact = (ws: Workspace, id: string, by: string, at?: string): ProtectionNeed =>
  updateNeed(ws, id, { lastContactAt: at ?? isoAt(ws.clock.now()), lastContactBy: by });

export function getNeedDetail(ws: Workspace, id: string): { need: ProtectionNeed; measures: Measure[] } {
  const need = readNeed(ws, id);
  const rows = ws.db
    .prepare(
      `SELECT m.*, a.name AS actor_name FROM protection_measures m LEFT JOIN actors a ON a.id = m.actor_id
       WHERE m.need_id = ? AND m.deleted = 0 ORDER BY m.created_at, m.id`,
    )
    .all(id) as Record<string, unknown>[];
  return { need, measures: rows.map(toMeasure) };
}

export function toMeasure(row: Record<string, unknown>): Measure {
  const { incidentId: _incident, ...fields } = decodeRow(protectionMeasureEntity, row);
  return { ...fields, actorName: typeof row.actor_name === 'string' ? row.actor_name : '(removed actor)' } as Measure;
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
  return { needs: q.page(ws.db, NEED_SELECT, order(input.sort, input.dir), input.offset, input.limit).map(toNeed), total: q.count(ws.db) };
}

export function summariseNeeds(ws: Workspace, incidentId: string, shown = 5): ProtectionSummary {
  getIncident(ws, incidentId);
  const active = () => new ListQuery('protection_needs t', incidentId).add("t.status != 'closed'");
  const openMeasures = new ListQuery('protection_measures t', incidentId).in('t.status', openMeasureStatuses).count(ws.db);
  return {
    byRisk: active().countBy(ws.db, 't.risk_level', protectionRiskLevels),
    byStatus: new ListQuery('protection_needs t', incidentId).countBy(ws.db, 't.status', protectionStatuses),
    openMeasures,
    top: active().page(ws.db, NEED_SELECT, `${RISK_ORDER} DESC, t.last_contact_at ASC`, 0, shown).map(toNeed),
  };
}
