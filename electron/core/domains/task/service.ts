import type { Task, TaskCreateInput, TaskFields } from '../../../../shared/domain/task';
import { getIncident } from '../incident';
import { changedFields } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { utcIso } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';
import { checkTaskLinks } from './links';
import { getTask, nowIso } from './read';
import { newId } from '../../kernel/ops/ids';

const normalised = <T extends Partial<TaskFields>>(fields: T): T => (fields.dueAt ? { ...fields, dueAt: utcIso(fields.dueAt) } : fields);

export function createTask(ws: Workspace, input: TaskCreateInput): Task {
  getIncident(ws, input.incidentId);
  const { incidentId, ...given } = input;
  checkTaskLinks(ws, incidentId, given);
  const fields = {
    details: '',
    ownerId: null,
    dueAt: null,
    status: 'to do',
    protectionNeedId: null,
    actorId: null,
    barrier: '',
    public: false,
    ...normalised(given),
    createdAt: nowIso(ws),
  } satisfies EntityFields['task'];
  const id = newId();
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'task', entityId: id, action: 'add', fields }]);
  return getTask(ws, id);
}

export function updateTask(ws: Workspace, id: string, changes: Partial<TaskFields>): Task {
  const current = getTask(ws, id);
  const changed = changedFields(current, normalised(changes));
  checkTaskLinks(ws, current.incidentId, changed);
  if (Object.keys(changed).length > 0) ws.ops.commit(current.incidentId, ws.author(), [{ entity: 'task', entityId: id, action: 'set', fields: changed }]);
  return getTask(ws, id);
}

