import { taskStatuses, type TaskHistory, type TaskStatus } from '../../../../shared/domain/task';
import { getIncident } from '../incident';
import { decodeHlc } from '../../kernel/ops/hlc';
import { isoAt } from '../../kernel/query/list-query';
import type { Workspace } from '../../kernel/store/workspace';

interface StatusOp {
  entity_id: string;
  device_id: string;
  hlc: string;
  action: string;
  status: string | null;
}

interface StatusChange {
  taskId: string;
  /** `hlc` then `device`: the order in which last-writer-wins settles concurrent changes. */
  hlc: string;
  device: string;
  wall: number;
  deleted: boolean;
  status: TaskStatus | null;
}

/** The status changes read so far, the highest seq read of each device's chain, and the judge's revision then. */
interface Replay {
  read: Record<string, number>;
  changes: StatusChange[];
  judged: number;
}

const isStatus = (s: string | null): s is TaskStatus => taskStatuses.some((t) => t === s);

// SQLite's text order (bytes), which `localeCompare` is not.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byLww = (a: StatusChange, b: StatusChange) => (a.hlc === b.hlc ? compare(a.device, b.device) : compare(a.hlc, b.hlc));

// Refused edits never took effect, so they are no part of the history either.
const STATUS_OPS = `SELECT entity_id, device_id, hlc, action, json_extract(fields, '$.status') AS status FROM ops o
  WHERE incident_id = ? AND entity = 'task' AND (action != 'set' OR json_extract(fields, '$.status') IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM refused_ops r WHERE r.incident_id = o.incident_id AND r.device_id = o.device_id AND r.seq = o.seq)`;
/** In the settling order, which also leads SQLite to the (incident, entity, hlc) index rather than every op of the incident. */
const ALL_STATUS_OPS = `${STATUS_OPS} ORDER BY hlc, device_id`;
/** A device's ops past a seq, by the ops' own key: after the first read, only what has come since. */
const STATUS_OPS_SINCE = `${STATUS_OPS} AND device_id = ? AND seq > ?`;

/**
 * Reading every task op of a large incident takes tens of milliseconds, and the command view asks on each
 * load: the changes are kept per workspace and incident, and later reads take only each device's ops past the
 * highest seq already read. A device's ops only ever grow at the end of its hash chain, so what was read goes
 * stale only when the judge changes a verdict on it, which its revision counter tells.
 */
const replays = new WeakMap<Workspace, Map<string, Replay>>();

const toChange = (op: StatusOp): StatusChange => ({
  taskId: op.entity_id,
  hlc: op.hlc,
  device: op.device_id,
  wall: decodeHlc(op.hlc).wall,
  deleted: op.action === 'delete',
  status: isStatus(op.status) ? op.status : null,
});

function statusChanges(ws: Workspace, incidentId: string): StatusChange[] {
  const byIncident = replays.get(ws) ?? new Map<string, Replay>();
  replays.set(ws, byIncident);
  // A late op can change the verdict on ops already read (a role ended before them): then everything is read again.
  const judged = ws.ops.judge.revision(incidentId);
  const kept = byIncident.get(incidentId);
  const replay = kept?.judged === judged ? kept : undefined;
  // The op log is read in the same synchronous turn as the heads, so no op lands between the two.
  const heads = ws.ops.versionVector(incidentId);
  if (!replay) {
    const changes = (ws.db.prepare(ALL_STATUS_OPS).all(incidentId) as StatusOp[]).map(toChange);
    byIncident.set(incidentId, { read: heads, changes, judged });
    return changes;
  }
  const behind = Object.entries(heads).filter(([device, seq]) => seq > (replay.read[device] ?? 0));
  if (behind.length === 0) return replay.changes;
  const since = ws.db.prepare(STATUS_OPS_SINCE);
  for (const [device, seq] of behind) {
    for (const op of since.all(incidentId, device, replay.read[device] ?? 0) as StatusOp[]) replay.changes.push(toChange(op));
    replay.read[device] = seq;
  }
  replay.changes.sort(byLww);
  return replay.changes;
}

/**
 * Tasks by status over time, replayed from the op log's task ops in (HLC, device) order: the order in which
 * last-writer-wins settles them, so the final point equals the tasks table. No extra table is kept for it.
 */
export function taskHistory(ws: Workspace, incidentId: string, buckets: number): TaskHistory {
  getIncident(ws, incidentId);
  const changes = statusChanges(ws, incidentId);
  const first = changes[0];
  if (!first) return [];
  const start = first.wall;
  const end = Math.max(ws.clock.now(), start + 60_000);
  const step = (end - start) / (buckets - 1);
  const current = new Map<string, TaskStatus>();
  const counts: Record<TaskStatus, number> = { 'to do': 0, 'in progress': 0, blocked: 0, done: 0 };
  const points: TaskHistory = [];
  let i = 0;
  for (let b = 0; b < buckets; b++) {
    const until = b === buckets - 1 ? end : start + step * b;
    for (; i < changes.length; i++) {
      const change = changes[i];
      if (!change || change.wall > until) break;
      const before = current.get(change.taskId);
      if (before) counts[before]--;
      if (change.deleted) current.delete(change.taskId);
      else if (change.status) current.set(change.taskId, change.status);
      const after = current.get(change.taskId);
      if (after) counts[after]++;
    }
    points.push({ at: isoAt(until), ...counts });
  }
  return points;
}
