import type { z } from 'zod';
import { taskFieldsSchema } from '../../../../shared/domain/task';
import { instantSchema } from '../../../../shared/domain/ids';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';

const labels: Record<string, string> = {
  ownerId: 'owner',
  dueAt: 'due',
  priorityId: 'priority',
  protectionNeedId: 'protection need',
  actorId: 'actor',
};

const taskSchema = taskFieldsSchema.extend({ createdAt: instantSchema });

export const taskEntity = defineEntity({
  name: 'task',
  table: 'tasks',
  mode: 'lww',
  fields: {
    title: 'text',
    details: 'text',
    ownerId: 'text',
    dueAt: 'text',
    status: 'text',
    priorityId: 'text',
    protectionNeedId: 'text',
    actorId: 'text',
    createdAt: 'text',
  },
  schema: taskSchema,
  describe: (op) => (op.action === 'add' ? `Task created: “${textOf(op.fields.title)}”` : `Task ${describeFields(op.fields, labels)}`),
  rule: { need: () => 'manageTasks' },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    task: z.input<typeof taskSchema>;
  }
}
