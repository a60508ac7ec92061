import { z } from 'zod';
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
  barrier: 'barrier or delay',
};

/** A task added before barriers and public tasks existed carries neither field: it has none and is not public. */
const taskSchema = taskFieldsSchema.extend({ barrier: taskFieldsSchema.shape.barrier.default(''), public: z.boolean().default(false), createdAt: instantSchema });

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
    barrier: 'text',
    public: 'bool',
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
