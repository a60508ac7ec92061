import { z } from 'zod';
import { actorFieldsSchema } from '../../../../shared/domain/actor';
import { instantSchema } from '../../../../shared/domain/ids';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';

const labels: Record<string, string> = { lastCheckInAt: 'last check-in' };

const actorSchema = actorFieldsSchema.extend({ lastCheckInAt: instantSchema.nullable(), createdAt: instantSchema });

export const actorEntity = defineEntity({
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
  schema: actorSchema,
  describe: (op) =>
    op.action === 'add'
      ? `Actor on the ground added: ${textOf(op.fields.name)} (${textOf(op.fields.kind)})`
      : `Actor ${describeFields(op.fields, labels)}`,
  rule: { need: () => 'manageActors' },
});

const actorCheckInSchema = z.object({ actorId: z.uuid(), actorName: z.string().max(200), at: instantSchema, note: z.string().max(500) });

/** Check-ins are append-only: the log keeps every one, the actor row keeps the latest for sorting and staleness. */
export const actorCheckInEntity = defineEntity({
  name: 'actorCheckIn',
  table: 'actor_check_ins',
  mode: 'append',
  fields: { actorId: 'text', actorName: 'text', at: 'text', note: 'text' },
  schema: actorCheckInSchema,
  describe: (op) => `Check-in: ${textOf(op.fields.actorName)}${op.fields.note ? ` — ${textOf(op.fields.note)}` : ''}`,
  rule: { need: () => 'manageActors' },
});

const actorSettingsSchema = z.object({ staleAfterMinutes: z.number().int().min(5).max(24 * 60) });

/** One row per incident (id = incident id): how long an actor may stay silent before it is flagged stale. */
export const actorSettingsEntity = defineEntity({
  name: 'actorSettings',
  table: 'actor_settings',
  mode: 'lww',
  fields: { staleAfterMinutes: 'number' },
  schema: actorSettingsSchema,
  describe: (op) => `Actors are flagged stale after ${textOf(op.fields.staleAfterMinutes)} minutes without a check-in`,
  rule: { need: () => 'manageActors' },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    actor: z.input<typeof actorSchema>;
    actorCheckIn: z.input<typeof actorCheckInSchema>;
    actorSettings: z.input<typeof actorSettingsSchema>;
  }
}
