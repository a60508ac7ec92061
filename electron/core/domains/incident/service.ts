import type { Incident, IncidentChanges, IncidentCreateInput } from '../../../../shared/domain/incident';
import { changedFields } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import type { Workspace } from '../../kernel/store/workspace';
import { firstRosterChanges, type FirstCommander } from '../roster';
import { getIncident } from './read';
import { newId } from '../../kernel/ops/ids';
import { keyFields } from '../roster';
import { newPersonKey } from '../roster';
import { incidentIdFor, newIncidentNonce } from './incident-id';

const defaults = {
  securityRiskLevel: 'elevated',
  securityRiskNote: '',
  escalationOutlook: 'unknown',
  operationalPeriod: '',
  areaDescription: '',
} as const;

/**
 * Opens an incident with its first chain of command in one batch: the opener is its first incident commander
 * (authoring the batch as that new person) and is signed in on this console.
 */
export async function createIncident(ws: Workspace, input: Omit<IncidentCreateInput, 'commander'> & { commander: FirstCommander & { pin: string } }): Promise<Incident> {
  const commanderId = newId();
  const { commander, ...situation } = input;
  const { wrapped, key } = await newPersonKey(commanderId, commander.pin);
  const idNonce = newIncidentNonce();
  const id = incidentIdFor(wrapped.publicKey, idNonce);
  const now = new Date(ws.clock.now()).toISOString();
  const fields = { ...defaults, startedAt: now, ...situation, createdAt: now, creatorKey: wrapped.publicKey, idNonce } satisfies EntityFields['incident'];
  ws.ops.commit(id, { id: commanderId, key }, [{ entity: 'incident', entityId: id, action: 'add', fields }, ...firstRosterChanges(commanderId, commander, now, keyFields(wrapped, commander.pin.length, commanderId))]);
  ws.session.operator = { incidentId: id, personId: commanderId, key };
  return getIncident(ws, id);
}

/** Only the fields that really change become an op, so the log shows what changed and nothing else. */
export function updateIncident(ws: Workspace, id: string, changes: IncidentChanges): Incident {
  const current = getIncident(ws, id);
  const changed = changedFields(current, changes);
  if (Object.keys(changed).length > 0) {
    ws.ops.commit(id, ws.author(), [{ entity: 'incident', entityId: id, action: 'set', fields: changed }]);
  }
  return getIncident(ws, id);
}
