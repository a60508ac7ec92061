import type { EngagementFields } from '../../../../shared/domain/engagement';
import { ConcordError } from '../../../../shared/result';
import { requireInIncident } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';

/**
 * An engagement is held with a community (a protection need whose subject is a community) of its incident, by
 * people of its roster, through actors of it; the rumours heard there are in the incident's register.
 */
export function checkEngagementLinks(ws: Workspace, incidentId: string, links: Partial<EngagementFields>): void {
  if (links.needId) {
    const need = requireInIncident(ws, 'protectionNeed', incidentId, links.needId, 'protection need');
    if (need.subject !== 'community') throw new ConcordError('invalid_input', `${String(need.name)} is a site, not a community: engagements are held with communities`);
  }
  for (const personId of links.participantIds ?? []) requireInIncident(ws, 'person', incidentId, personId, 'roster person');
  for (const actorId of links.entryPointIds ?? []) requireInIncident(ws, 'actor', incidentId, actorId, 'actor');
  for (const rumourId of links.rumourIds ?? []) requireInIncident(ws, 'rumour', incidentId, rumourId, 'rumour');
}
