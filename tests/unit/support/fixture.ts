import { methods, type MethodInput, type MethodName, type MethodOutput, type ParsedInput } from '../../../shared/contract';
import type { Handler } from '../../../electron/core/kernel/domain';
import { supportHandlers } from '../../../electron/core/domains/support/handlers';
import { readRoster } from '../../../electron/core/domains/roster/read';
import { addPerson, assign } from '../../../electron/core/domains/roster/service';
import type { RoleKind } from '../../../shared/rules/permissions';
import type { Workspace } from '../../../electron/core/kernel/store/workspace';
import { openTeamIncident, type Team } from '../../fixtures/statement-team';
import { giveKey } from '../../fixtures/temp-store';

type SupportMethod = Extract<MethodName, `support:${string}`>;

/** A support method as the app runs it: the input through the contract's schema (defaults included), then its handler. */
export async function support<M extends SupportMethod>(ws: Workspace, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const parsed = methods[method].input.parse(input) as ParsedInput<M>;
  const handler = supportHandlers(() => ws)[method] as Handler<M>;
  return handler(parsed);
}

export interface Families extends Team {
  /** Community liaisons: Leila is a household's liaison in these tests, Abdi holds the right but reads nothing at first. */
  leila: string;
  abdi: string;
  roleOf: (kind: RoleKind) => string;
}

export async function openFamiliesIncident(ws: Workspace): Promise<Families> {
  const team = await openTeamIncident(ws);
  const roleOf = (kind: RoleKind): string => readRoster(ws, team.incidentId).roles.find((r) => r.kind === kind)?.id ?? '';
  const liaison = async (name: string): Promise<string> => {
    const { id } = await addPerson(ws, { incidentId: team.incidentId, name });
    giveKey(ws, team.incidentId, id);
    assign(ws, { incidentId: team.incidentId, personId: id, roleId: roleOf('communityLiaison'), shiftStart: null, shiftEnd: null });
    return id;
  };
  return { ...team, leila: await liaison('Leila Mansour'), abdi: await liaison('Abdi Farah'), roleOf };
}

/** A family's details as a liaison would type them: the name the tests look for where it must not be. */
export const DETAILS = { names: 'Yusuf and Amira Haddad', contact: '+44 7700 900123', address: '14 Linden Street, Marlow Bay', notes: 'Son in Ward 6, St Mary’s' };
