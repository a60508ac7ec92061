import type { RoleKind } from '../../../shared/rules/permissions';
import { createIncident } from '../../../electron/core/incident/service';
import { readRoster } from '../../../electron/core/roster/read';
import { addPerson, assign } from '../../../electron/core/roster/service';
import type { Workspace } from '../../../electron/core/store/workspace';
import { COMMANDER } from '../../fixtures/temp-store';

/** Opens an incident on `ws`; its commander stays signed in there. */
export function openIncident(ws: Workspace) {
  const incident = createIncident(ws, { name: 'Elm Street', kind: 'hate-motivated attack', mode: 'exercise', commander: COMMANDER });
  const commanderId = ws.session.operator?.personId ?? '';
  return { incidentId: incident.id, commanderId };
}

export const roleIdOf = (ws: Workspace, incidentId: string, kind: RoleKind): string => {
  const role = readRoster(ws, incidentId).roles.find((r) => r.kind === kind);
  if (!role) throw new Error(`no ${kind} role`);
  return role.id;
};

/** As whoever is signed in (a commander): adds a person with a PIN and assigns them to the seeded role of `kind`. */
export function staff(ws: Workspace, incidentId: string, kind: RoleKind, name: string, pin = '1357'): string {
  const person = addPerson(ws, { incidentId, name, pin });
  assign(ws, { incidentId, personId: person.id, roleId: roleIdOf(ws, incidentId, kind), shiftStart: null, shiftEnd: null });
  return person.id;
}

export { actAs, codeOf } from '../../fixtures/temp-store';
