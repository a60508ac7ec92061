import { taskFieldsSchema } from '../../../shared/domain/task';
import { instantSchema } from '../../../shared/domain/ids';
import { describeFields, textOf } from '../log/describe';
import type { EntityDef } from '../ops/entities';

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

/** The table and board read tasks by status and by due time at 10,000 tasks. */
export const taskIndexesSql = `CREATE INDEX tasks_by_status ON tasks (incident_id, status, due_at);
CREATE INDEX tasks_by_due ON tasks (incident_id, due_at);
CREATE INDEX ops_by_entity ON ops (incident_id, entity, hlc);`;
