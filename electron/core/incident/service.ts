import type { Incident, IncidentChanges, IncidentCreateInput } from '../../../shared/domain/incident';
import type { JsonValue } from '../../../shared/domain/op';
import { ConcordError } from '../../../shared/result';
import { decodeRow } from '../ops/entities';
import { HybridClock } from '../ops/hlc';
import type { Workspace } from '../store/workspace';
import { firstRosterChanges, type FirstCommander } from '../roster/seed';
import { incidentEntity } from './entity';
import { newId } from '../ops/ids';

const defaults = {
  securityRiskLevel: 'elevated',
  securityRiskNote: '',
  escalationOutlook: 'unknown',
  operationalPeriod: '',
  areaDescription: '',
} as const;

function toIncident(row: Record<string, unknown>): Incident {
  const { incidentId: _sameAsId, ...fields } = decodeRow(incidentEntity, row);
  return { ...fields, withheldNames: fields.withheldNames ?? [], updatedAt: HybridClock.toIso(String(row.updated_hlc)) } as Incident;
}

/**
 * Opens an incident with its first chain of command in one batch: the opener is its first incident commander
 * (authoring the batch as that new person) and is signed in on this console.
 */
export function createIncident(ws: Workspace, input: Omit<IncidentCreateInput, 'commander'> & { commander: FirstCommander }): Incident {
  const id = newId();
  const commanderId = newId();
  const now = new Date(ws.clock.now()).toISOString();
  const { commander, ...situation } = input;
  const fields = { ...defaults, startedAt: now, ...situation, createdAt: now } satisfies Record<string, JsonValue>;
  ws.ops.commit(id, commanderId, [{ entity: 'incident', entityId: id, action: 'add', fields }, ...firstRosterChanges(commanderId, commander, now)]);
  ws.session.operator = { incidentId: id, personId: commanderId };
  return getIncident(ws, id);
}

export function getIncident(ws: Workspace, id: string): Incident {
  const row = ws.db.prepare('SELECT * FROM incidents WHERE id = ? AND deleted = 0').get(id) as Record<string, unknown> | undefined;
  if (!row) throw new ConcordError('not_found', `no incident ${id}`);
  return toIncident(row);
}

export function listIncidents(ws: Workspace): Incident[] {
  const rows = ws.db.prepare('SELECT * FROM incidents WHERE deleted = 0 ORDER BY created_at DESC, id').all() as Record<string, unknown>[];
  return rows.map(toIncident);
}

/** Only the fields that really change become an op, so the log shows what changed and nothing else. */
export function updateIncident(ws: Workspace, id: string, changes: IncidentChanges): Incident {
  const current = getIncident(ws, id);
  const changed = Object.fromEntries(Object.entries(changes).filter(([k, v]) => JSON.stringify(current[k as keyof Incident]) !== JSON.stringify(v)));
  if (Object.keys(changed).length > 0) {
    ws.ops.commit(id, ws.author(), [{ entity: 'incident', entityId: id, action: 'set', fields: changed }]);
  }
  return getIncident(ws, id);
}
