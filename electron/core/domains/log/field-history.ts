import type { FieldChange } from '../../../../shared/domain/field-history';
import type { JsonValue } from '../../../../shared/domain/op';
import { getIncident } from '../incident';
import { HybridClock } from '../../kernel/ops/hlc';
import { requireInIncident } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';
import { authorNames } from './service';

interface Row {
  hlc: string;
  device_id: string;
  author: string;
  fields: string;
}

/**
 * Every op that set one field of one record, oldest first, with the one whose value the record holds marked.
 * Where two consoles changed the field concurrently both values are here, and `won` says which the merge kept:
 * the greatest (HLC, device id), the projector's own rule, so every console marks the same one.
 */
export function fieldHistory(ws: Workspace, input: { incidentId: string; entity: string; entityId: string; field: string }): FieldChange[] {
  getIncident(ws, input.incidentId);
  const def = ws.ops.projector.entity(input.entity);
  // A record of another incident would otherwise answer an empty history, as if it had never changed.
  requireInIncident(ws, def.table, input.incidentId, input.entityId, input.entity);
  const hidden = def.secretFields?.includes(input.field) ?? false;
  // No index on (entity, entity_id): the primary key narrows to the incident, and this runs on a click, not a loop.
  const rows = ws.db
    .prepare('SELECT hlc, device_id, author, fields FROM ops WHERE incident_id = ? AND entity = ? AND entity_id = ? ORDER BY hlc, device_id')
    .all(input.incidentId, input.entity, input.entityId) as Row[];
  const names = authorNames(ws, input.incidentId);
  const changes: FieldChange[] = [];
  for (const row of rows) {
    const fields = JSON.parse(row.fields) as Record<string, JsonValue>;
    if (!(input.field in fields)) continue;
    const value = fields[input.field] ?? null;
    changes.push({
      value: hidden ? '(hidden)' : value,
      hlc: row.hlc,
      at: HybridClock.toIso(row.hlc),
      deviceId: row.device_id,
      author: row.author,
      authorName: names.get(row.author) ?? row.author,
      won: false,
    });
  }
  // Sorted by (HLC, device id): the last one is the one the merge kept.
  const last = changes.at(-1);
  if (last) last.won = true;
  return changes;
}
