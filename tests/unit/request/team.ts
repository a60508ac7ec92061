import type { RoleKind } from '../../../shared/rules/permissions';
import type { z } from 'zod';
import type { requestCreateInput } from '../../../shared/domain/request';
import { addPriority } from '../../../electron/core/domains/priority/service';
import { readRoster } from '../../../electron/core/domains/roster/read';
import { addPerson, assign } from '../../../electron/core/domains/roster/service';
import type { Workspace } from '../../../electron/core/kernel/store/workspace';
import { actAs, giveKey, type TestClock } from '../../fixtures/temp-store';
import { openTeamIncident, type Team } from '../../fixtures/statement-team';

/** The statement team (mayor, deputy, spokesperson, observer) with a public-safety lead, operations staff and a priority. */
export interface RequestTeam extends Team {
  lead: string;
  staff: string;
  priorityId: string;
}

export async function openRequestTeam(ws: Workspace): Promise<RequestTeam> {
  const team = await openTeamIncident(ws);
  actAs(ws, team.incidentId, team.mayor);
  const person = async (name: string, kind: RoleKind): Promise<string> => {
    const { id } = await addPerson(ws, { incidentId: team.incidentId, name });
    giveKey(ws, team.incidentId, id);
    const roleId = readRoster(ws, team.incidentId).roles.find((r) => r.kind === kind)?.id ?? '';
    assign(ws, { incidentId: team.incidentId, personId: id, roleId, shiftStart: null, shiftEnd: null });
    return id;
  };
  const lead = await person('Jo Park', 'publicSafetyLead');
  const staff = await person('Ravi Patel', 'operationsStaff');
  const priorityId = addPriority(ws, { incidentId: team.incidentId, title: 'Shelter the Linden Street families', visibility: 'public' })[0]?.id ?? '';
  return { ...team, lead, staff, priorityId };
}

/** A request's input, needed `hours` from the clock's now. */
export const ask = (team: RequestTeam, clock: TestClock, what: string, hours = 6, quantity = 40, unit = 'cots'): z.input<typeof requestCreateInput> => ({
  incidentId: team.incidentId,
  what,
  quantity,
  unit,
  neededBy: new Date(clock.ms + hours * 3_600_000).toISOString(),
  deliverTo: 'Linden Street family centre',
  priorityId: team.priorityId,
});
