import type { JsonValue, Op } from '../../../../shared/domain/op';
import type { EntityFields, EntityKind } from './entities';

/**
 * What a service asks to change, typed by entity: `add` carries the record's fields, `set` some of them, `delete`
 * none. The op log turns it into signed ops. `Change` alone is a change of any entity.
 */
export type Change<E extends EntityKind = EntityKind> = {
  [K in E]:
    | { entity: K; entityId: string; action: 'add'; fields: EntityFields[K] }
    | { entity: K; entityId: string; action: 'set'; fields: Partial<EntityFields[K]> }
    | { entity: K; entityId: string; action: 'delete'; fields: Record<string, never> };
}[E];

/**
 * An op held in the log as the change that writes it again (a refused edit re-entered by someone else). What it
 * carries is what a console signed, not what this code built, so its fields are checked when it is judged, by its
 * entity's schema, like a peer's op: the one change whose type is taken on trust.
 */
export const changeOfOp = (op: Op): Change => ({ entity: op.entity, entityId: op.entityId, action: op.action, fields: op.fields }) as Change;

/** Fields as an op carries them: a field left undefined is not sent (JSON would drop it after it was hashed). */
export function opFields(fields: Readonly<Record<string, JsonValue | undefined>>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * The fields of `changes` that differ from the record as it is now (compared as JSON, so lists compare by value):
 * only what really changes becomes an op, so the log shows that and nothing else.
 */
export function changedFields<F extends object>(current: Partial<Record<keyof F, unknown>>, changes: F): Partial<F> {
  const changed: Partial<F> = {};
  for (const key of Object.keys(changes) as (keyof F)[]) if (JSON.stringify(current[key]) !== JSON.stringify(changes[key])) changed[key] = changes[key];
  return changed;
}
