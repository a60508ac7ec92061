import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TaskStatus } from '../../../shared/domain/task';
import { taskHistory } from '../../../electron/core/domains/task/history';
import { guardlessConsoles, openBareIncident, type BareConsole as Ws } from '../../fixtures/guardless-consoles';
import { TestClock, opsOf } from '../../fixtures/temp-store';

const consoleOn = guardlessConsoles();
const MIN = 60_000;

const addTask = (ws: Ws, incidentId: string, status: TaskStatus): string => {
  const id = randomUUID();
  const fields = { title: `Task ${id.slice(0, 4)}`, details: '', ownerId: null, dueAt: null, status, priorityId: randomUUID(), protectionNeedId: null, actorId: null, createdAt: new Date(ws.clock.now()).toISOString() };
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'task', entityId: id, action: 'add', fields }]);
  return id;
};
const move = (ws: Ws, incidentId: string, id: string, status: TaskStatus) =>
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'task', entityId: id, action: 'set', fields: { status } }]);

/** What the chart's last point says, and what the tasks table holds: the two must agree. */
const now = (ws: Ws, incidentId: string) => {
  const last = taskHistory(ws, incidentId, 4).at(-1);
  return { chart: last && { todo: last['to do'], doing: last['in progress'], blocked: last.blocked, done: last.done }, table: tableCounts(ws, incidentId) };
};
const tableCounts = (ws: Ws, incidentId: string) => {
  const count = (status: TaskStatus) => (ws.db.prepare('SELECT count(*) AS n FROM tasks WHERE incident_id = ? AND status = ? AND deleted = 0').get(incidentId, status) as { n: number }).n;
  return { todo: count('to do'), doing: count('in progress'), blocked: count('blocked'), done: count('done') };
};

describe('tasks by status over time', () => {
  it('follows changes made after it was first read, here and on another console, in the order the merge settles them', () => {
    const clock = new TestClock();
    const [a, b] = [consoleOn(clock), consoleOn(clock)];
    const id = openBareIncident(a, 'History');
    const first = addTask(a, id, 'to do');
    const second = addTask(a, id, 'to do');
    b.ops.applyRemote(opsOf(a, id));
    expect(now(a, id).chart).toEqual({ todo: 2, doing: 0, blocked: 0, done: 0 });

    clock.advance(10 * MIN);
    move(a, id, first, 'in progress');
    expect(now(a, id).chart).toEqual({ todo: 1, doing: 1, blocked: 0, done: 0 });

    // B moves the second task first; A moves it later; A hears of B's older change only after reading the chart.
    move(b, id, second, 'blocked');
    clock.advance(MIN);
    move(a, id, second, 'done');
    expect(now(a, id).chart).toEqual({ todo: 0, doing: 1, blocked: 0, done: 1 });
    addTask(b, id, 'to do');
    a.ops.applyRemote(opsOf(b, id));

    const seen = now(a, id);
    expect(seen.chart).toEqual({ todo: 1, doing: 1, blocked: 0, done: 1 });
    expect(seen.chart).toEqual(seen.table);
  });
});
