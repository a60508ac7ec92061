import { taskStatuses, type TaskHistory, type TaskStatus } from '../../../shared/domain/task';
import { getIncident } from '../incident/service';
import { decodeHlc } from '../ops/hlc';
import { isoAt } from '../query/list-query';
import type { Workspace } from '../store/workspace';

interface StatusOp {
  entity_id: string;
  hlc: string;
  action: string;
  status: string | null;
}

const isStatus = (s: string | null): s is TaskStatus => taskStatuses.some((t) => t === s);

/**
 * Tasks by status over time, replayed from the op log's task ops in (HLC, device) order: the order in which
 * last-writer-wins settles them, so the final point equals the tasks table. No extra table is kept for it.
 */
export function taskHistory(ws: Workspace, incidentId: string, buckets: number): TaskHistory {
  getIncident(ws, incidentId);
  const ops = ws.db
    .prepare(
      `SELECT entity_id, hlc, action, json_extract(fields, '$.status') AS status FROM ops
       WHERE incident_id = ? AND entity = 'task' AND (action != 'set' OR json_extract(fields, '$.status') IS NOT NULL)
       ORDER BY hlc, device_id`,
    )
    .all(incidentId) as StatusOp[];
  const first = ops[0];
  if (!first) return [];
  const start = decodeHlc(first.hlc).wall;
  const end = Math.max(ws.clock.now(), start + 60_000);
  const step = (end - start) / (buckets - 1);
  const current = new Map<string, TaskStatus>();
  const counts: Record<TaskStatus, number> = { 'to do': 0, 'in progress': 0, blocked: 0, done: 0 };
  const points: TaskHistory = [];
  let i = 0;
  for (let b = 0; b < buckets; b++) {
    const until = b === buckets - 1 ? end : start + step * b;
    for (; i < ops.length; i++) {
      const op = ops[i];
      if (!op || decodeHlc(op.hlc).wall > until) break;
      const before = current.get(op.entity_id);
      if (before) counts[before]--;
      if (op.action === 'delete') current.delete(op.entity_id);
      else if (isStatus(op.status)) current.set(op.entity_id, op.status);
      const after = current.get(op.entity_id);
      if (after) counts[after]++;
    }
    points.push({ at: isoAt(until), ...counts });
  }
  return points;
}
