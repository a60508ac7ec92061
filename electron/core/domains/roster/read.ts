import { requireInIncident, requireIncident } from '../../kernel/query/links';
import type { Assignment, CheckIn, Person, Roster, RosterRole } from '../../../../shared/domain/roster';
import type { Db } from '../../kernel/db/open';
import { rowsOf } from '../../kernel/db/rows';
import { HybridClock } from '../../kernel/ops/hlc';
import { recordOf, type ProjectionRow } from '../../kernel/query/records';
import type { Workspace } from '../../kernel/store/workspace';
import type { Tenure } from './authority';
import type { RoleKind } from '../../../../shared/rules/permissions';
import { personEntity, roleEntity } from './entities';

/** The only SQL on people, roles, assignments, check-ins, PIN resets and this store's count of wrong PINs. */

interface AssignmentRow {
  id: string;
  person_id: string;
  role_id: string;
  shift_start: string | null;
  shift_end: string | null;
  ended_at: string | null;
  created_hlc: string;
}

interface CheckInRow {
  id: string;
  role_id: string;
  author: string;
  note: string | null;
  hlc: string;
}

/** What sign-in reads of a person: their name and the key their PIN opens. */
export interface KeyRow {
  name: string;
  public_key: string | null;
  key_wrap: string | null;
  pin_digits: number | null;
  key_set_by: string | null;
}

interface ResetRow {
  id: string;
  public_key: string;
  key_wrap: string;
  pin_digits: number;
  created_by: string;
}

/** Wrong PINs in a row for a person, and until when (ms) their sign-in waits. */
export interface Failures {
  count: number;
  locked_until: number;
}

/** The names of an incident's people by id, removed ones included: a record keeps naming whoever wrote it. */
export const personNames = (ws: Workspace, incidentId: string): Map<string, string> =>
  new Map(rowsOf<{ id: string; name: string }>(ws.db, 'SELECT id, name FROM people WHERE incident_id = ?').all(incidentId).map((p) => [p.id, p.name]));

export const personName = (db: Db, personId: string): string | null => rowsOf<{ name: string }>(db, 'SELECT name FROM people WHERE id = ?').get(personId)?.name ?? null;

export const tenuresOf = (db: Db, incidentId: string, personId: string): Tenure[] =>
  rowsOf<Tenure>(
    db,
    `SELECT r.id, r.name, r.kind, a.created_hlc AS "from",
            CASE WHEN a.ended_at IS NULL THEN NULL ELSE json_extract(a.clocks, '$.endedAt[0]') END AS until
     FROM assignments a JOIN roles r ON r.id = a.role_id
     WHERE a.incident_id = ? AND a.person_id = ?
     ORDER BY r.name, r.id`,
  ).all(incidentId, personId);

export const keyRowOf = (ws: Workspace, incidentId: string, personId: string): KeyRow | undefined =>
  rowsOf<KeyRow>(ws.db, 'SELECT name, public_key, key_wrap, pin_digits, key_set_by FROM people WHERE id = ? AND incident_id = ? AND deleted = 0').get(personId, incidentId);

/** The reset of this person's PIN still waiting for a second commander or approver; undefined when none waits. */
export const pendingResetOf = (ws: Workspace, incidentId: string, personId: string): ResetRow | undefined =>
  rowsOf<ResetRow>(
    ws.db,
    'SELECT id, public_key, key_wrap, pin_digits, created_by FROM pin_resets WHERE incident_id = ? AND person_id = ? AND confirmed_by IS NULL AND deleted = 0 ORDER BY created_hlc DESC LIMIT 1',
  ).get(incidentId, personId);

/** Per person, the reset of their PIN still waiting for a second commander or approver, and who proposed it: one read for a whole roster. */
function pendingResets(ws: Workspace, incidentId: string): Map<string, NonNullable<Person['pendingPinReset']>> {
  const rows = rowsOf<{ personId: string; by: string; byName: string | null }>(
    ws.db,
    `SELECT r.person_id AS personId, r.created_by AS "by", p.name AS byName FROM pin_resets r LEFT JOIN people p ON p.id = r.created_by
     WHERE r.incident_id = ? AND r.confirmed_by IS NULL AND r.deleted = 0 ORDER BY r.created_hlc`,
  ).all(incidentId);
  // The latest proposal per person is the one a confirmation takes (pendingResetOf).
  return new Map(rows.map((r) => [r.personId, { by: r.by, byName: r.byName ?? 'someone' }]));
}

export const pinFailures = (ws: Workspace, incidentId: string, personId: string): Failures | undefined =>
  rowsOf<Failures>(ws.db, 'SELECT count, locked_until FROM pin_failures WHERE incident_id = ? AND person_id = ?').get(incidentId, personId);

/** When a staffed role with a cadence must next report: its last update, or the start of its current holder. */
function cadence(cadenceMinutes: number | null, assignments: Assignment[], last: CheckIn | null, now: number): Pick<RosterRole, 'nextUpdateDue' | 'overdue'> {
  const current = assignments.filter((a) => a.endedAt === null);
  if (cadenceMinutes === null || current.length === 0) return { nextUpdateDue: null, overdue: false };
  const since = Math.max(last ? Date.parse(last.at) : 0, Math.min(...current.map((a) => Date.parse(a.startedAt))));
  const due = since + cadenceMinutes * 60_000;
  return { nextUpdateDue: new Date(due).toISOString(), overdue: now > due };
}

/** A person as the screens see them: whether they have a PIN and who set it, never its key or wrap. */
function toPerson(row: ProjectionRow, pendingPinReset: Person['pendingPinReset']): Person {
  const { incidentId: _incident, publicKey, keyWrap: _wrap, keySetBy, pinDigits, ...fields } = recordOf(personEntity, row);
  const person = {
    ...fields,
    hasPin: typeof publicKey === 'string',
    mustSetPin: typeof publicKey === 'string' && keySetBy !== row.id,
    pinDigits: typeof pinDigits === 'number' ? pinDigits : null,
  };
  return { ...person, pendingPinReset };
}

export const getPerson = (ws: Workspace, incidentId: string, id: string): Person =>
  toPerson(requireInIncident(ws, 'person', incidentId, id, 'person'), pendingResets(ws, incidentId).get(id) ?? null);

/** The whole chain of command of an incident as the screens show it, due times computed on the console's clock. */
export function readRoster(ws: Workspace, incidentId: string): Roster {
  requireIncident(ws, incidentId);
  const nowMs = ws.clock.now();
  const now = new Date(nowMs).toISOString();
  const peopleRows = rowsOf<ProjectionRow>(ws.db, 'SELECT * FROM people WHERE incident_id = ? AND deleted = 0 ORDER BY name, id').all(incidentId);
  const pending = pendingResets(ws, incidentId);
  const people: Person[] = peopleRows.map((row) => toPerson(row, pending.get(row.id) ?? null));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const assignments: Assignment[] = rowsOf<AssignmentRow>(ws.db, 'SELECT * FROM assignments WHERE incident_id = ? AND deleted = 0 ORDER BY created_hlc, id')
    .all(incidentId)
    .map((row) => ({
      id: row.id,
      personId: row.person_id,
      personName: nameOf.get(row.person_id) ?? 'Unknown person',
      roleId: row.role_id,
      shiftStart: row.shift_start,
      shiftEnd: row.shift_end,
      startedAt: HybridClock.toIso(row.created_hlc),
      endedAt: row.ended_at,
      onShift:
        row.ended_at === null && (row.shift_start === null || Date.parse(row.shift_start) <= nowMs) && (row.shift_end === null || Date.parse(row.shift_end) > nowMs),
    }));
  const checkIns: CheckIn[] = rowsOf<CheckInRow>(ws.db, 'SELECT * FROM check_ins WHERE incident_id = ? ORDER BY hlc DESC')
    .all(incidentId)
    .map((row) => ({
      id: row.id,
      roleId: row.role_id,
      personId: row.author,
      personName: nameOf.get(row.author) ?? row.author,
      note: row.note ?? '',
      at: HybridClock.toIso(row.hlc),
    }));
  const roleRows = rowsOf<ProjectionRow>(ws.db, 'SELECT * FROM roles WHERE incident_id = ? AND deleted = 0 ORDER BY created_hlc, id').all(incidentId);
  const roles: RosterRole[] = roleRows.map((row) => {
    const { incidentId: _incident, ...role } = recordOf(roleEntity, row);
    const mine = assignments.filter((a) => a.roleId === role.id);
    const lastCheckIn = checkIns.find((c) => c.roleId === role.id) ?? null;
    return { ...role, assignments: mine, lastCheckIn, ...cadence(role.cadenceMinutes, mine, lastCheckIn, nowMs) };
  });
  const spokespersons = [...new Set(roles.filter((r) => r.kind === 'spokesperson').flatMap((r) => r.assignments.filter((a) => a.endedAt === null).map((a) => a.personId)))];
  return { incidentId, now, roles, people, spokespersons };
}

/** Someone the support domain may seal records to: their name, the key they sign with now (null without a PIN) and its PIN's length. */
export interface KeyHolder {
  id: string;
  name: string;
  publicKey: string | null;
  pinDigits: number | null;
}

/** The incident's people still on its roster, with their keys, by id. */
export const keyHolders = (ws: Workspace, incidentId: string): Map<string, KeyHolder> =>
  new Map(
    rowsOf<{ id: string; name: string; public_key: string | null; pin_digits: number | null }>(
      ws.db,
      'SELECT id, name, public_key, pin_digits FROM people WHERE incident_id = ? AND deleted = 0 ORDER BY name, id',
    )
      .all(incidentId)
      .map((p) => [p.id, { id: p.id, name: p.name, publicKey: p.public_key, pinDigits: p.pin_digits }]),
  );

/** Who holds, now, a role of one of these kinds or one of these roles, and which (ended assignments do not count). */
export const holdersOf = (ws: Workspace, incidentId: string, kinds: readonly RoleKind[], roleIds: readonly string[]): { personId: string; kind: RoleKind }[] =>
  rowsOf<{ personId: string; kind: RoleKind; roleId: string }>(
    ws.db,
    `SELECT DISTINCT a.person_id AS personId, r.kind AS kind, r.id AS roleId FROM assignments a JOIN roles r ON r.id = a.role_id
     WHERE a.incident_id = ? AND a.deleted = 0 AND a.ended_at IS NULL ORDER BY a.person_id`,
  )
    .all(incidentId)
    .filter((h) => kinds.includes(h.kind) || roleIds.includes(h.roleId))
    .map(({ personId, kind }) => ({ personId, kind }));

/** One assignment of a person to a role, with the HLCs that bound it (`until` null while it runs). */
export interface Posting {
  roleId: string;
  roleName: string;
  kind: RoleKind;
  personId: string;
  personName: string;
  agency: string;
  from: string;
  until: string | null;
}

/**
 * Every assignment of an incident, ended ones included, roles in the order they were made and their holders by
 * name: who held what, and when, for the organisation of the ICS forms. The bounds are HLCs, as in `tenuresOf`.
 */
export const postings = (ws: Workspace, incidentId: string): Posting[] =>
  rowsOf<Posting>(
    ws.db,
    `SELECT r.id AS roleId, r.name AS roleName, r.kind AS kind, p.id AS personId, p.name AS personName, coalesce(p.agency, '') AS agency,
            a.created_hlc AS "from", CASE WHEN a.ended_at IS NULL THEN NULL ELSE json_extract(a.clocks, '$.endedAt[0]') END AS until
     FROM assignments a JOIN roles r ON r.id = a.role_id JOIN people p ON p.id = a.person_id
     WHERE a.incident_id = ? AND a.deleted = 0 AND r.deleted = 0
     ORDER BY r.created_hlc, r.id, p.name, p.id, a.created_hlc, a.id`,
  ).all(incidentId);

/** A person of the incident, removed ones included (a form keeps naming whoever acted): their name and agency. */
export const personCard = (ws: Workspace, incidentId: string, id: string): { name: string; agency: string } | undefined =>
  rowsOf<{ name: string; agency: string }>(ws.db, "SELECT name, coalesce(agency, '') AS agency FROM people WHERE id = ? AND incident_id = ?").get(id, incidentId);

/** The name of a role of the incident, unless it was removed. */
export const roleName = (ws: Workspace, incidentId: string, id: string): string | undefined =>
  rowsOf<{ name: string }>(ws.db, 'SELECT name FROM roles WHERE id = ? AND incident_id = ? AND deleted = 0').get(id, incidentId)?.name;
