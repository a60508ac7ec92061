import type { PromiseFields } from '../../../../shared/domain/promise';
import { requireInIncident } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';

/** A promise's owner is on the incident's roster and the community it was made to is one of its protection needs. */
export function checkPromiseLinks(ws: Workspace, incidentId: string, links: Partial<PromiseFields>): void {
  if (links.ownerId) requireInIncident(ws, 'person', incidentId, links.ownerId, 'roster person');
  if (links.needId) requireInIncident(ws, 'protectionNeed', incidentId, links.needId, 'protection need');
}
