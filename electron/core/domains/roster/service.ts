import type { z } from 'zod';
import type { Person, rosterInputs } from '../../../../shared/domain/roster';
import { ConcordError } from '../../../../shared/result';
import { roleKinds } from '../../../../shared/rules/permissions';
import type { Change } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import type { Workspace } from '../../kernel/store/workspace';
import { requireInIncident, requireIncident } from '../../kernel/query/links';
import { checkPinForRole, confirmPinReset as confirmReset, firstKeyFields, resetPin } from './keys';
import { getPerson, readRoster } from './read';
import { newId } from '../../kernel/ops/ids';
import type { ProjectionRow } from '../../kernel/query/records';

type In<K extends keyof typeof rosterInputs> = z.output<(typeof rosterInputs)[K]>;

const commit = (ws: Workspace, incidentId: string, changes: Change[]): void => {
  requireIncident(ws, incidentId);
  ws.ops.commit(incidentId, ws.author(), changes);
};

const requireRole = (ws: Workspace, incidentId: string, id: string): ProjectionRow => requireInIncident(ws, 'role', incidentId, id, 'role');

/** The role a role reports to sits in the same chain of command, or the tree would hang from another incident. */
const checkReportsTo = (ws: Workspace, incidentId: string, reportsTo: string | null | undefined): void => {
  if (reportsTo) requireRole(ws, incidentId, reportsTo);
};

/** A new person, with a first PIN if given: provisional, since whoever adds them chose it. */
export async function addPerson(ws: Workspace, input: In<'addPerson'>): Promise<Person> {
  const id = newId();
  const fields: EntityFields['person'] = {
    name: input.name,
    agency: input.agency ?? '',
    contact: input.contact ?? '',
    languages: input.languages ?? [],
    ...(input.pin ? await firstKeyFields(id, input.pin, ws.authorId()) : {}),
  };
  commit(ws, input.incidentId, [{ entity: 'person', entityId: id, action: 'add', fields }]);
  return getPerson(ws, input.incidentId, id);
}

export function updatePerson(ws: Workspace, input: In<'updatePerson'>): Person {
  getPerson(ws, input.incidentId, input.id);
  commit(ws, input.incidentId, [{ entity: 'person', entityId: input.id, action: 'set', fields: input.changes }]);
  return getPerson(ws, input.incidentId, input.id);
}

export async function setPin(ws: Workspace, input: In<'setPin'>): Promise<Person> {
  const person = getPerson(ws, input.incidentId, input.personId);
  await resetPin(ws, input, person.name);
  return getPerson(ws, input.incidentId, input.personId);
}

export function confirmPinReset(ws: Workspace, input: In<'confirmPinReset'>): Person {
  getPerson(ws, input.incidentId, input.personId);
  confirmReset(ws, input);
  return getPerson(ws, input.incidentId, input.personId);
}

export function addRole(ws: Workspace, input: In<'addRole'>): string {
  checkReportsTo(ws, input.incidentId, input.reportsTo);
  const id = newId();
  const fields = { name: input.name, kind: input.kind, reportsTo: input.reportsTo ?? null, decides: input.decides ?? '', cadenceMinutes: input.cadenceMinutes ?? null };
  commit(ws, input.incidentId, [{ entity: 'role', entityId: id, action: 'add', fields }]);
  return id;
}

export function updateRole(ws: Workspace, input: In<'updateRole'>): void {
  requireRole(ws, input.incidentId, input.id);
  if (input.changes.reportsTo === input.id) throw new ConcordError('invalid_input', 'a role cannot report to itself');
  checkReportsTo(ws, input.incidentId, input.changes.reportsTo);
  commit(ws, input.incidentId, [{ entity: 'role', entityId: input.id, action: 'set', fields: input.changes }]);
}

/**
 * Assigns a person to a role. There is one spokesperson at a time: assigning a new one ends the current
 * spokesperson's assignment in the same batch, a handover rather than two voices.
 */
export function assign(ws: Workspace, input: In<'assign'>): string {
  const role = requireRole(ws, input.incidentId, input.roleId);
  getPerson(ws, input.incidentId, input.personId);
  const kind = roleKinds.find((k) => k === role.kind);
  if (kind) checkPinForRole(ws, input.incidentId, input.personId, kind);
  const now = new Date(ws.clock.now()).toISOString();
  const handover: Change[] =
    role.kind === 'spokesperson'
      ? readRoster(ws, input.incidentId)
          .roles.filter((r) => r.kind === 'spokesperson')
          .flatMap((r) => r.assignments)
          .filter((a) => a.endedAt === null && a.personId !== input.personId)
          .map((a) => ({ entity: 'assignment', entityId: a.id, action: 'set', fields: { endedAt: now } }))
      : [];
  const id = newId();
  const fields = { personId: input.personId, roleId: input.roleId, shiftStart: input.shiftStart, shiftEnd: input.shiftEnd, endedAt: null };
  commit(ws, input.incidentId, [...handover, { entity: 'assignment', entityId: id, action: 'add', fields }]);
  return id;
}

export function endAssignment(ws: Workspace, input: In<'endAssignment'>): void {
  const row = requireInIncident(ws, 'assignment', input.incidentId, input.id, 'assignment');
  if (row.ended_at) return;
  commit(ws, input.incidentId, [{ entity: 'assignment', entityId: input.id, action: 'set', fields: { endedAt: new Date(ws.clock.now()).toISOString() } }]);
}

export function checkIn(ws: Workspace, input: In<'checkIn'>): void {
  requireRole(ws, input.incidentId, input.roleId);
  commit(ws, input.incidentId, [{ entity: 'checkIn', entityId: newId(), action: 'add', fields: { roleId: input.roleId, note: input.note } }]);
}
