import { taskStatuses, type TaskHistory, type TaskStatus } from '../../../../shared/domain/task';
import { getIncident } from '../incident';
import { decodeHlc } from '../../kernel/ops/hlc';
import { isoAt } from '../../kernel/query/list-query';
import { opHistory, type FieldOp } from '../../kernel/query/op-history';
import type { Workspace } from '../../kernel/store/workspace';

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

const isStatus = (s: FieldOp['value']): s is TaskStatus => taskStatuses.some((t) => t === s);

// SQLite's text order (bytes), which `localeCompare` is not.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byLww = (a: StatusChange, b: StatusChange) => (a.hlc === b.hlc ? compare(a.device, b.device) : compare(a.hlc, b.hlc));

/**
 * Reading every task op of a large incident takes tens of milliseconds, and the command view asks on each
 * load: the changes are kept per workspace and incident, and later reads take only each device's ops past the
 * highest seq already read. A device's ops only ever grow at the end of its hash chain, so what was read goes
 * stale only when the judge changes a verdict on it, which its revision counter tells.
 */
const replays = new WeakMap<Workspace, Map<string, Replay>>();

const toChange = (op: FieldOp): StatusChange => ({
  taskId: op.entityId,
  hlc: op.hlc,
  device: op.deviceId,
  wall: decodeHlc(op.hlc).wall,
  deleted: op.action === 'delete',
  status: isStatus(op.value) ? op.value : null,
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
    // Refused edits never took effect, so they are no part of the history either (fieldOps reads valid ops only).
    const changes = opHistory(ws.db).fieldOps(incidentId, 'task', 'status').map(toChange);
    byIncident.set(incidentId, { read: heads, changes, judged });
    return changes;
  }
  const behind = Object.entries(heads).filter(([device, seq]) => seq > (replay.read[device] ?? 0));
  if (behind.length === 0) return replay.changes;
  for (const [device, seq] of behind) {
    for (const op of opHistory(ws.db).fieldOps(incidentId, 'task', 'status', { deviceId: device, seq: replay.read[device] ?? 0 })) replay.changes.push(toChange(op));
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
