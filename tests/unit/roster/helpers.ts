import type { RoleKind } from '../../../shared/rules/permissions';
import { createIncident } from '../../../electron/core/domains/incident/service';
import { readRoster } from '../../../electron/core/domains/roster/read';
import { addPerson, assign } from '../../../electron/core/domains/roster/service';
import type { Workspace } from '../../../electron/core/kernel/store/workspace';
import { COMMANDER, giveKey, rememberSigner } from '../../fixtures/temp-store';

/** Opens an incident on `ws`; its commander stays signed in there. */
export async function openIncident(ws: Workspace) {
  const incident = await createIncident(ws, { name: 'Elm Street', kind: 'hate-motivated attack', mode: 'exercise', commander: COMMANDER });
  const commanderId = ws.session.operator?.personId ?? '';
  rememberSigner(ws);
  return { incidentId: incident.id, commanderId };
}

export const roleIdOf = (ws: Workspace, incidentId: string, kind: RoleKind): string => {
  const role = readRoster(ws, incidentId).roles.find((r) => r.kind === kind);
  if (!role) throw new Error(`no ${kind} role`);
  return role.id;
};

/** As whoever is signed in (a commander): adds a person with a key of their own and assigns them to the seeded role of `kind`. */
export async function staff(ws: Workspace, incidentId: string, kind: RoleKind, name: string): Promise<string> {
  const person = await addPerson(ws, { incidentId, name });
  giveKey(ws, incidentId, person.id);
  assign(ws, { incidentId, personId: person.id, roleId: roleIdOf(ws, incidentId, kind), shiftStart: null, shiftEnd: null });
  return person.id;
}

export { actAs, codeOf } from '../../fixtures/temp-store';
