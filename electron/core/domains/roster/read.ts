import { requireIncident } from '../../kernel/query/links';
import type { Assignment, CheckIn, Person, Roster, RosterRole } from '../../../../shared/domain/roster';
import { rowsOf } from '../../kernel/db/rows';
import { decodeRow } from '../../kernel/ops/entities';
import { HybridClock } from '../../kernel/ops/hlc';
import type { Workspace } from '../../kernel/store/workspace';
import { personEntity, roleEntity } from './entities';
import { pendingResets } from './keys';

type Row = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const iso = (hlc: unknown): string => HybridClock.toIso(String(hlc));

/** The names of an incident's people by id, removed ones included: a record keeps naming whoever wrote it. */
export const personNames = (ws: Workspace, incidentId: string): Map<string, string> =>
  new Map(rowsOf<{ id: string; name: string }>(ws.db, 'SELECT id, name FROM people WHERE incident_id = ?').all(incidentId).map((p) => [p.id, p.name]));

/** When a staffed role with a cadence must next report: its last update, or the start of its current holder. */
function cadence(cadenceMinutes: number | null, assignments: Assignment[], last: CheckIn | null, now: number): Pick<RosterRole, 'nextUpdateDue' | 'overdue'> {
  const current = assignments.filter((a) => a.endedAt === null);
  if (cadenceMinutes === null || current.length === 0) return { nextUpdateDue: null, overdue: false };
  const since = Math.max(last ? Date.parse(last.at) : 0, Math.min(...current.map((a) => Date.parse(a.startedAt))));
  const due = since + cadenceMinutes * 60_000;
  return { nextUpdateDue: new Date(due).toISOString(), overdue: now > due };
}

/** A person as the screens see them: whether they have a PIN and who set it, never its key or wrap. */
export function toPerson(row: Row, pendingPinReset: Person['pendingPinReset']): Person {
  const { incidentId: _incident, publicKey, keyWrap: _wrap, keySetBy, pinDigits, ...fields } = decodeRow(personEntity, row);
  const person = {
    ...(fields as Pick<Person, 'id' | 'name' | 'agency' | 'contact' | 'languages'>),
    hasPin: typeof publicKey === 'string',
    mustSetPin: typeof publicKey === 'string' && keySetBy !== row.id,
    pinDigits: typeof pinDigits === 'number' ? pinDigits : null,
  };
  return { ...person, pendingPinReset };
}

/** The whole chain of command of an incident as the screens show it, due times computed on the console's clock. */
export function readRoster(ws: Workspace, incidentId: string): Roster {
  requireIncident(ws, incidentId);
  const nowMs = ws.clock.now();
  const now = new Date(nowMs).toISOString();
  const peopleRows = ws.db.prepare('SELECT * FROM people WHERE incident_id = ? AND deleted = 0 ORDER BY name, id').all(incidentId) as Row[];
  const pending = pendingResets(ws, incidentId);
  const people: Person[] = peopleRows.map((row) => toPerson(row, pending.get(String(row.id)) ?? null));
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const assignments: Assignment[] = (
    ws.db.prepare('SELECT * FROM assignments WHERE incident_id = ? AND deleted = 0 ORDER BY created_hlc, id').all(incidentId) as Row[]
  ).map((row) => {
    const endedAt = text(row.ended_at);
    const shiftStart = text(row.shift_start);
    const shiftEnd = text(row.shift_end);
    return {
      id: String(row.id),
      personId: String(row.person_id),
      personName: nameOf.get(String(row.person_id)) ?? 'Unknown person',
      roleId: String(row.role_id),
      shiftStart,
      shiftEnd,
      startedAt: iso(row.created_hlc),
      endedAt,
      onShift: endedAt === null && (shiftStart === null || Date.parse(shiftStart) <= nowMs) && (shiftEnd === null || Date.parse(shiftEnd) > nowMs),
    };
  });
  const checkIns: CheckIn[] = (ws.db.prepare('SELECT * FROM check_ins WHERE incident_id = ? ORDER BY hlc DESC').all(incidentId) as Row[]).map((row) => ({
    id: String(row.id),
    roleId: String(row.role_id),
    personId: String(row.author),
    personName: nameOf.get(String(row.author)) ?? String(row.author),
    note: text(row.note) ?? '',
    at: iso(row.hlc),
  }));
  const roleRows = ws.db.prepare('SELECT * FROM roles WHERE incident_id = ? AND deleted = 0 ORDER BY created_hlc, id').all(incidentId) as Row[];
  const roles: RosterRole[] = roleRows.map((row) => {
    const { incidentId: _incident, ...fields } = decodeRow(roleEntity, row);
    const role = fields as Omit<RosterRole, 'assignments' | 'lastCheckIn' | 'nextUpdateDue' | 'overdue'>;
    const mine = assignments.filter((a) => a.roleId === role.id);
    const lastCheckIn = checkIns.find((c) => c.roleId === role.id) ?? null;
    return { ...role, assignments: mine, lastCheckIn, ...cadence(role.cadenceMinutes, mine, lastCheckIn, nowMs) };
  });
  const spokespersons = [...new Set(roles.filter((r) => r.kind === 'spokesperson').flatMap((r) => r.assignments.filter((a) => a.endedAt === null).map((a) => a.personId)))];
  return { incidentId, now, roles, people, spokespersons };
}
