import type { FieldChange } from '../../../../shared/domain/field-history';
import { getIncident } from '../incident';
import { HybridClock } from '../../kernel/ops/hlc';
import { requireInIncident } from '../../kernel/query/links';
import { opHistory } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';
import { personNames } from '../roster';

/**
 * Every op that set one field of one record, oldest first, with the one whose value the record holds marked.
 * Where two consoles changed the field concurrently both values are here, and `won` says which the merge kept:
 * the greatest (HLC, device id), the projector's own rule, so every console marks the same one.
 */
export function fieldHistory(ws: Workspace, input: { incidentId: string; entity: string; entityId: string; field: string }): FieldChange[] {
  getIncident(ws, input.incidentId);
  const def = ws.ops.projector.entity(input.entity);
  // A record of another incident would otherwise answer an empty history, as if it had never changed.
  requireInIncident(ws, def.name, input.incidentId, input.entityId, input.entity);
  const hidden = def.secretFields?.includes(input.field) ?? false;
  const names = personNames(ws, input.incidentId);
  const changes: FieldChange[] = [];
  for (const op of opHistory(ws.db).ofRecord(input.incidentId, input.entity, input.entityId)) {
    if (!(input.field in op.fields)) continue;
    const value = op.fields[input.field] ?? null;
    changes.push({
      value: hidden ? '(hidden)' : value,
      hlc: op.hlc,
      at: HybridClock.toIso(op.hlc),
      deviceId: op.deviceId,
      author: op.author,
      authorName: names.get(op.author) ?? op.author,
      won: false,
    });
  }
  // Sorted by (HLC, device id): the last one is the one the merge kept.
  const last = changes.at(-1);
  if (last) last.won = true;
  return changes;
}
