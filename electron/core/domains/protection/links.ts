import type { ProtectionFields } from '../../../../shared/domain/protection';
import { requireInIncident } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';

/** A need's case manager is on the incident's roster and each entry point is an actor of the incident. */
export function checkNeedLinks(ws: Workspace, incidentId: string, links: Partial<ProtectionFields>): void {
  if (links.caseManagerId) requireInIncident(ws, 'person', incidentId, links.caseManagerId, 'roster person');
  for (const actorId of links.entryPointIds ?? []) requireInIncident(ws, 'actor', incidentId, actorId, 'actor');
}
