import type { TaskFields } from '../../../../shared/domain/task';
import { requireInIncident } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';

/** Each link a task carries must name a live record of the task's incident: one lookup per link. */
export function checkTaskLinks(ws: Workspace, incidentId: string, links: Partial<TaskFields>): void {
  if (links.priorityId !== undefined) requireInIncident(ws, 'priority', incidentId, links.priorityId, 'priority');
  if (links.ownerId) requireInIncident(ws, 'person', incidentId, links.ownerId, 'roster person');
  if (links.protectionNeedId) requireInIncident(ws, 'protectionNeed', incidentId, links.protectionNeedId, 'protection need');
  if (links.actorId) requireInIncident(ws, 'actor', incidentId, links.actorId, 'actor');
}
