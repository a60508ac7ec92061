import { taskFieldsSchema } from '../../../../shared/domain/task';
import { instantSchema } from '../../../../shared/domain/ids';
import { describeFields, textOf } from '../../kernel/ops/describe';
import type { EntityDef } from '../../kernel/ops/entities';

const labels: Record<string, string> = {
  ownerId: 'owner',
  dueAt: 'due',
  priorityId: 'priority',
  protectionNeedId: 'protection need',
  actorId: 'actor',
};

export const taskEntity: EntityDef = {
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
  schema: taskFieldsSchema.extend({ createdAt: instantSchema }),
  describe: (op) => (op.action === 'add' ? `Task created: “${textOf(op.fields.title)}”` : `Task ${describeFields(op.fields, labels)}`),
  rule: { need: () => 'manageTasks' },
};
