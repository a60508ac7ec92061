import { z } from 'zod';
import { householdKinds, needStatuses, openNeedStatuses, supportFields, type HouseholdKind, type SupportSettings } from '../../../../shared/domain/support';
import { rowsOf } from '../../kernel/db/rows';
import { requireRow } from '../../kernel/query/links';
import { ListQuery } from '../../kernel/query/list-query';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { SitrepContent } from '../../../../shared/domain/sitrep';
import type { Workspace } from '../../kernel/store/workspace';
import { householdEntity, supportContactEntity, supportNeedEntity } from './entities';

/** The only SQL on households, their needs and contacts, the support settings and exports. */

export const DEFAULT_SETTINGS: SupportSettings = { readerRoleIds: [], contactIntervalHours: 24 };
const OPEN_LIST = openNeedStatuses.map((s) => `'${s}'`).join(', ');
const OPEN_NEED = `t.status IN (${OPEN_LIST})`;
const OPEN_NEEDS = `(SELECT count(*) FROM support_needs n WHERE n.household_id = t.id AND n.deleted = 0 AND n.status IN (${OPEN_LIST}))`;
const isOpen = (status: string): boolean => openNeedStatuses.some((s) => s === status);
const HOUSEHOLD_SELECT = `t.*, p.name AS liaison_name, ${OPEN_NEEDS} AS open_needs`;
const HOUSEHOLD_FROM = 'households t LEFT JOIN people p ON p.id = t.liaison_id';

export interface HouseholdRow extends ProjectionRow {
  liaison_name: string | null;
  open_needs: number;
}

export type HouseholdRecord = ReturnType<typeof householdOf>;

export const householdOf = (row: HouseholdRow, overdueNeeds: number) => ({
  ...recordOf(householdEntity, row),
  liaisonName: row.liaison_name,
  needs: { open: row.open_needs, overdue: overdueNeeds },
});

export function householdRow(ws: Workspace, id: string): HouseholdRow {
  requireRow(ws, 'household', id, 'household');
  const row = rowsOf<HouseholdRow>(ws.db, `SELECT ${HOUSEHOLD_SELECT} FROM ${HOUSEHOLD_FROM} WHERE t.id = ?`).get(id);
  if (!row) throw new Error(`household ${id} vanished between two reads`);
  return row;
}

/** More households than one incident's liaisons could look after: the list is not paged below it. */
const MAX_HOUSEHOLDS = 2000;

/** Households in the order a liaison works through them: the longest without contact first. */
export function householdRows(ws: Workspace, incidentId: string, filter: { kinds?: readonly string[]; statuses?: readonly string[] } = {}): HouseholdRow[] {
  const q = new ListQuery(HOUSEHOLD_FROM, incidentId).in('t.kind', filter.kinds).in('t.status', filter.statuses);
  return q.page<HouseholdRow>(ws.db, HOUSEHOLD_SELECT, 'coalesce(t.last_contact_at, t.created_at), t.label COLLATE NOCASE', 0, MAX_HOUSEHOLDS);
}

/** Open needs past their due time, per household of the incident. */
export const overdueByHousehold = (ws: Workspace, incidentId: string, now: string): Map<string, number> =>
  new Map(
    rowsOf<{ householdId: string; n: number }>(ws.db, `SELECT t.household_id AS householdId, count(*) AS n FROM support_needs t WHERE t.incident_id = ? AND t.deleted = 0 AND ${OPEN_NEED} AND t.due_at < ? GROUP BY t.household_id`)
      .all(incidentId, now)
      .map((r) => [r.householdId, r.n]),
  );

interface NeedRow extends ProjectionRow {
  owner_name: string | null;
}

export function needsOf(ws: Workspace, householdId: string, now: string) {
  return rowsOf<NeedRow>(ws.db, 'SELECT t.*, p.name AS owner_name FROM support_needs t LEFT JOIN people p ON p.id = t.owner_id WHERE t.household_id = ? AND t.deleted = 0 ORDER BY t.created_at, t.id')
    .all(householdId)
    .map((row) => needOf(row, now));
}

const needOf = (row: NeedRow, now: string) => {
  const { incidentId: _incident, ...fields } = recordOf(supportNeedEntity, row);
  return { ...fields, ownerName: row.owner_name, overdue: isOpen(fields.status) && fields.dueAt !== null && fields.dueAt < now };
};

export function needRow(ws: Workspace, id: string, now: string): ReturnType<typeof needOf> & { incidentId: string } {
  const row = requireRow(ws, 'supportNeed', id, 'support need');
  const full = rowsOf<NeedRow>(ws.db, 'SELECT t.*, p.name AS owner_name FROM support_needs t LEFT JOIN people p ON p.id = t.owner_id WHERE t.id = ?').get(id);
  if (!full) throw new Error(`support need ${id} vanished between two reads`);
  return { ...needOf(full, now), incidentId: row.incident_id };
}

interface ContactRow extends ProjectionRow {
  by_name: string | null;
}

/** A household's contacts, newest first. */
export const contactsOf = (ws: Workspace, householdId: string) =>
  rowsOf<ContactRow>(ws.db, 'SELECT t.*, p.name AS by_name FROM support_contacts t LEFT JOIN people p ON p.id = t.by WHERE t.household_id = ? ORDER BY t.at DESC, t.hlc DESC').all(householdId).map((row) => ({
    ...recordOf(supportContactEntity, row),
    byName: row.by_name,
  }));

const settingsRowSchema = z.object({ reader_role_ids: z.string().nullable(), contact_interval_hours: z.number().nullable() });

export function settingsOf(ws: Workspace, incidentId: string): SupportSettings & { stored: boolean } {
  const raw: unknown = ws.db.prepare('SELECT reader_role_ids, contact_interval_hours FROM support_settings WHERE id = ? AND deleted = 0').get(incidentId);
  if (raw === undefined) return { ...DEFAULT_SETTINGS, stored: false };
  const row = settingsRowSchema.parse(raw);
  const roles: unknown = row.reader_role_ids ? JSON.parse(row.reader_role_ids) : [];
  return {
    readerRoleIds: z.array(z.string()).catch([]).parse(roles),
    contactIntervalHours: row.contact_interval_hours ?? DEFAULT_SETTINGS.contactIntervalHours,
    stored: true,
  };
}

/** Needs by field and status, zeros included, over the incident's open households. */
export function needCounts(ws: Workspace, incidentId: string): Record<(typeof supportFields)[number], Record<(typeof needStatuses)[number], number>> {
  const rows = rowsOf<{ field: string; status: string; n: number }>(
    ws.db,
    'SELECT t.field AS field, t.status AS status, count(*) AS n FROM support_needs t WHERE t.incident_id = ? AND t.deleted = 0 GROUP BY t.field, t.status',
  ).all(incidentId);
  const zero = () => Object.fromEntries(needStatuses.map((s) => [s, 0])) as Record<(typeof needStatuses)[number], number>;
  const out = Object.fromEntries(supportFields.map((f) => [f, zero()])) as Record<(typeof supportFields)[number], Record<(typeof needStatuses)[number], number>>;
  for (const r of rows) {
    const field = supportFields.find((f) => f === r.field);
    const status = needStatuses.find((s) => s === r.status);
    if (field && status) out[field][status] = r.n;
  }
  return out;
}

/**
 * For a situation report, as of `now` (its cut): open households, those without a liaison, and per field of support
 * the needs still open and those of them past due. Counts only: no label, no name.
 */
export function familyNeedsForReport(ws: Workspace, incidentId: string, now: string): SitrepContent['familyNeeds'] {
  const open = () => new ListQuery('households t', incidentId).add("t.status = 'open'");
  const rows = rowsOf<{ field: string; open: number; overdue: number }>(
    ws.db,
    `SELECT t.field AS field, count(*) AS open, sum(t.due_at IS NOT NULL AND t.due_at < ?) AS overdue FROM support_needs t
     WHERE t.incident_id = ? AND t.deleted = 0 AND ${OPEN_NEED} GROUP BY t.field`,
  ).all(now, incidentId);
  const byField = new Map(rows.map((r) => [r.field, r]));
  return {
    households: open().count(ws.db),
    withoutLiaison: open().add('t.liaison_id IS NULL').count(ws.db),
    byField: supportFields.map((field) => ({ field, open: byField.get(field)?.open ?? 0, overdue: byField.get(field)?.overdue ?? 0 })),
  };
}

/** Households by kind, zeros included. */
export const householdsByKind = (ws: Workspace, incidentId: string) => new ListQuery('households t', incidentId).countBy(ws.db, 't.kind', householdKinds) as Record<HouseholdKind, number>;
