import type { z } from 'zod';
import { instantSchema } from '../../../../shared/domain/ids';
import { promiseFieldsSchema } from '../../../../shared/domain/promise';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';

const labels: Record<string, string> = { madeTo: 'made to', ownerId: 'owner', dueAt: 'due', needId: 'community' };

const promiseEntitySchema = promiseFieldsSchema.extend({ createdAt: instantSchema });

/**
 * Promises are made by whoever engages communities and families (the liaisons, the leads, the commander): the one
 * permission covers both, since a family liaison is a community liaison in the guide's roles.
 */
export const promiseEntity = defineEntity({
  name: 'promise',
  table: 'promises',
  mode: 'lww',
  fields: {
    text: 'text',
    madeTo: 'text',
    ownerId: 'text',
    dueAt: 'text',
    needId: 'text',
    sourceKind: 'text',
    sourceId: 'text',
    status: 'text',
    outcome: 'text',
    createdAt: 'text',
  },
  schema: promiseEntitySchema,
  describe: (op) =>
    op.action === 'add'
      ? `Promise made${op.fields.madeTo ? ` to ${textOf(op.fields.madeTo)}` : ''}: “${textOf(op.fields.text)}”, due ${textOf(op.fields.dueAt)}`
      : `Promise ${describeFields(op.fields, labels)}`,
  rule: { need: () => 'engageCommunities' },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    promise: z.input<typeof promiseEntitySchema>;
  }
}
