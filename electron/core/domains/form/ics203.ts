import type { Ics203 } from '../../../../shared/domain/form';
import { roleKinds } from '../../../../shared/rules/permissions';
import { deployedActors } from '../actor';
import { getPeriod } from '../period';
import { postings } from '../roster';
import type { Workspace } from '../../kernel/store/workspace';
import { formHead, formPeriod, heldDuring, personOf, signedInReader } from './frame';

/** The list names this many agency representatives; the form says how many more are deployed. */
const REPRESENTATIVES_SHOWN = 100;

/**
 * ICS 203, the organisation assignment list of a period: for each kind of role in the guide's chain of command
 * (commander, spokesperson, public-safety leads, community liaisons, operations staff, observers), whoever held one
 * during the period, with their agency; and the actors still deployed, the agencies represented on the ground.
 */
export function ics203(ws: Workspace, periodId: string): Ics203 {
  const period = getPeriod(ws, periodId);
  const { incidentId } = period;
  const head = formHead(ws, incidentId);
  const preparedBy = signedInReader(ws, incidentId);
  const { form, span } = formPeriod(period);
  // A person assigned to the same role twice during the period is listed once.
  const held = [...new Map(heldDuring(postings(ws, incidentId), span).map((p) => [`${p.roleId}/${p.personId}`, p])).values()];
  return {
    ...head,
    period: form,
    sections: roleKinds.map((kind) => ({
      kind,
      members: held.filter((p) => p.kind === kind).map((p) => ({ ...personOf(p), roleId: p.roleId, roleName: p.roleName })),
    })),
    agencyRepresentatives: deployedActors(ws, incidentId, REPRESENTATIVES_SHOWN),
    preparedBy,
  };
}
