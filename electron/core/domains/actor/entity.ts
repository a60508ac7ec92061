import { z } from 'zod';
import { actorFieldsSchema } from '../../../../shared/domain/actor';
import { instantSchema } from '../../../../shared/domain/ids';
import { describeFields, textOf } from '../../kernel/ops/describe';
import type { EntityDef } from '../../kernel/ops/entities';

const labels: Record<string, string> = { lastCheckInAt: 'last check-in' };

export const actorEntity: EntityDef = {
  name: 'actor',
  table: 'actors',
  mode: 'lww',
  fields: {
    kind: 'text',
    name: 'text',
    contact: 'text',
    role: 'text',
    location: 'text',
    latitude: 'number',
    longitude: 'number',
    status: 'text',
    lastCheckInAt: 'text',
    createdAt: 'text',
  },
  schema: actorFieldsSchema.extend({ lastCheckInAt: instantSchema.nullable(), createdAt: instantSchema }),
  describe: (op) =>
    op.action === 'add'
      ? `Actor on the ground added: ${textOf(op.fields.name)} (${textOf(op.fields.kind)})`
      : `Actor ${describeFields(op.fields, labels)}`,
  rule: { need: () => 'manageActors' },
};

/** Check-ins are append-only: the log keeps every one, the actor row keeps the latest for sorting and staleness. */
export const actorCheckInEntity: EntityDef = {
  name: 'actorCheckIn',
  table: 'actor_check_ins',
  mode: 'append',
  fields: { actorId: 'text', actorName: 'text', at: 'text', note: 'text' },
  schema: z.object({ actorId: z.uuid(), actorName: z.string().max(200), at: instantSchema, note: z.string().max(500) }),
  describe: (op) => `Check-in: ${textOf(op.fields.actorName)}${op.fields.note ? ` — ${textOf(op.fields.note)}` : ''}`,
  rule: { need: () => 'manageActors' },
};

/** One row per incident (id = incident id): how long an actor may stay silent before it is flagged stale. */
export const actorSettingsEntity: EntityDef = {
  name: 'actorSettings',
  table: 'actor_settings',
  mode: 'lww',
  fields: { staleAfterMinutes: 'number' },
  schema: z.object({ staleAfterMinutes: z.number().int().min(5).max(24 * 60) }),
  describe: (op) => `Actors are flagged stale after ${textOf(op.fields.staleAfterMinutes)} minutes without a check-in`,
  rule: { need: () => 'manageActors' },
};
