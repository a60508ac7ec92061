import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDER, TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;
const MIN = 60_000;

describe('protection needs, backlash reports and tasks', () => {
  let clock: TestClock;
  let c: Console;
  let incidentId: string;
  let priorityId: string;
  let actorId: string;

  const commanders = new Map<string, string>();
  const newIncident = async (name: string) => {
    const id = (await c.call('incident:create', { name, kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
    commanders.set(id, (await c.call('roster:currentOperator', {}))?.personId ?? '');
    return id;
  };
  /** Opening another incident signs its opener in there; come back as the first incident's commander. */
  const signInAgain = () => c.call('roster:signIn', { incidentId, personId: commanders.get(incidentId) ?? '', pin: COMMANDER.pin });

  beforeEach(async () => {
    clock = new TestClock();
    c = await tempConcord(clock);
    incidentId = await newIncident('Market attack');
    const priorities = await c.call('priority:add', { incidentId, title: 'Protect communities at risk of backlash' });
    priorityId = priorities[0]?.id ?? '';
    actorId = (await c.call('actor:create', { incidentId, kind: 'police', name: 'Eastbrook team' })).actor.id;
  });
  afterEach(() => c.close());

  it('records a need with a measure assigned to an actor, and counts open measures by risk', async () => {
    const need = await c.call('protection:create', {
      incidentId,
      subject: 'community',
      name: 'Muslim residents of Eastbrook',
      communityKind: 'perceived as linked to the perpetrator',
      riskLevel: 'critical',
      languages: ['Arabic', 'Somali'],
    });
    const measure = await c.call('protection:addMeasure', { needId: need.id, kind: 'patrol', actorId, status: 'in place' });
    expect(measure.actorName).toBe('Eastbrook team');
    const contacted = await c.call('protection:contact', { id: need.id, by: 'Leila Mansour' });
    expect(contacted.lastContactAt).toBe(new Date(clock.ms).toISOString());
    const summary = await c.call('protection:summary', { incidentId });
    expect(summary.byRisk).toMatchObject({ critical: 1, high: 0 });
    expect(summary.openMeasures).toBe(1);
    await c.call('protection:updateMeasure', { id: measure.id, changes: { status: 'ended' } });
    expect((await c.call('protection:summary', { incidentId })).openMeasures).toBe(0);
    expect((await c.call('protection:get', { id: need.id })).need.languages).toEqual(['Arabic', 'Somali']);
  });

  it('refuses a community without its kind and a measure for an actor of another incident', async () => {
    await expect(c.call('protection:create', { incidentId, subject: 'community', name: 'Families', riskLevel: 'high' })).rejects.toThrow(/invalid_input/);
    const other = await newIncident('Another incident');
    const foreign = (await c.call('actor:create', { incidentId: other, kind: 'fire', name: 'Station 9' })).actor.id;
    await signInAgain();
    const need = await c.call('protection:create', { incidentId, subject: 'site', name: 'Eastbrook Mosque', siteKind: 'place of worship', riskLevel: 'high' });
    await expect(c.call('protection:addMeasure', { needId: need.id, kind: 'patrol', actorId: foreign })).rejects.toThrow(/not_found: actor .* is not in this incident/);
  });

  it('counts backlash reports per day, zeros included', async () => {
    const need = await c.call('protection:create', { incidentId, subject: 'site', name: 'Eastbrook Mosque', siteKind: 'place of worship', riskLevel: 'high' });
    const report = (occurredAt: string, verified: boolean) =>
      c.call('protection:reportBacklash', { incidentId, needId: need.id, occurredAt, kind: 'vandalism', source: 'police', verified });
    await report('2026-11-19T10:00:00Z', true);
    await report('2026-11-21T08:00:00Z', false);
    await report('2026-11-21T08:30:00+01:00', true);
    const days = await c.call('protection:backlashPerDay', { incidentId });
    expect(days).toEqual([
      { day: '2026-11-19', verified: 1, unverified: 0 },
      { day: '2026-11-20', verified: 0, unverified: 0 },
      { day: '2026-11-21', verified: 1, unverified: 1 },
    ]);
    expect((await c.call('protection:get', { id: need.id })).need.backlashReports).toBe(3);
  });

  it('refuses a task without a priority, or with links to another incident', async () => {
    const bare = { incidentId, title: 'Barriers for Friday prayers' };
    // @ts-expect-error: the contract requires the priority a task serves
    await expect(c.call('task:create', bare)).rejects.toThrow(/invalid_input: priorityId/);
    const other = await newIncident('Another incident');
    const foreignPriority = (await c.call('priority:add', { incidentId: other, title: 'Elsewhere' }))[0]?.id ?? '';
    await signInAgain();
    await expect(c.call('task:create', { ...bare, priorityId: foreignPriority })).rejects.toThrow(/not_found: priority .* is not in this incident/);
    await expect(c.call('task:create', { ...bare, priorityId, actorId: crypto.randomUUID() })).rejects.toThrow(/not_found: actor .* is not in this incident/);
    await expect(c.call('task:create', { ...bare, priorityId, ownerId: crypto.randomUUID() })).rejects.toThrow(/not_found: roster person .* is not in this incident/);
    const task = await c.call('task:create', { ...bare, priorityId, actorId });
    expect(task.priorityTitle).toBe('Protect communities at risk of backlash');
    expect(task.actorName).toBe('Eastbrook team');
  });

  it('flags a task overdue from the console clock until it is done', async () => {
    const dueAt = new Date(clock.ms + 30 * MIN).toISOString();
    const task = await c.call('task:create', { incidentId, title: 'Call the council', priorityId, dueAt });
    expect(task.overdue).toBe(false);
    clock.advance(31 * MIN);
    expect((await c.call('task:get', { id: task.id })).overdue).toBe(true);
    expect((await c.call('task:summary', { incidentId })).overdueCount).toBe(1);
    expect((await c.call('task:list', { incidentId, overdueOnly: true })).total).toBe(1);
    await c.call('task:update', { id: task.id, changes: { status: 'done' } });
    expect((await c.call('task:get', { id: task.id })).overdue).toBe(false);
  });

  it('replays tasks by status over time from the op log', async () => {
    const a = await c.call('task:create', { incidentId, title: 'A', priorityId });
    await c.call('task:create', { incidentId, title: 'B', priorityId });
    clock.advance(60 * MIN);
    await c.call('task:update', { id: a.id, changes: { status: 'in progress' } });
    clock.advance(60 * MIN);
    await c.call('task:update', { id: a.id, changes: { status: 'done' } });
    const history = await c.call('task:history', { incidentId, buckets: 3 });
    expect(history.map((p) => [p['to do'], p['in progress'], p.done])).toEqual([
      [2, 0, 0],
      [1, 1, 0],
      [1, 0, 1],
    ]);
  });

  it('sorts and filters the task table on the server', async () => {
    for (let i = 0; i < 12; i++) {
      await c.call('task:create', { incidentId, title: `Task ${i}`, priorityId, status: i % 3 === 0 ? 'blocked' : 'to do', dueAt: new Date(clock.ms + i * MIN).toISOString() });
    }
    const blocked = await c.call('task:list', { incidentId, statuses: ['blocked'], sort: 'due', dir: 'desc', limit: 2 });
    expect(blocked.total).toBe(4);
    expect(blocked.tasks.map((t) => t.title)).toEqual(['Task 9', 'Task 6']);
    const search = await c.call('task:list', { incidentId, text: 'task 1', sort: 'title', dir: 'desc', limit: 2 });
    expect([search.total, search.tasks.map((t) => t.title)]).toEqual([3, ['Task 11', 'Task 10']]);
    expect(await c.call('task:list', { incidentId, text: 'task 1', sort: 'owner', offset: 3 })).toEqual({ tasks: [], total: 3 });
    expect(await c.call('task:list', { incidentId, text: 'no such task' })).toEqual({ tasks: [], total: 0 });
  });

  it('reads the board in one call: each column its tasks due first, as many as it shows, and its count', async () => {
    for (let i = 0; i < 7; i++) {
      await c.call('task:create', { incidentId, title: `Task ${i}`, priorityId, status: i % 3 === 0 ? 'blocked' : 'to do', dueAt: new Date(clock.ms + (10 - i) * MIN).toISOString() });
    }
    await c.call('task:create', { incidentId, title: 'Whenever', priorityId, status: 'blocked' });
    const board = await c.call('task:board', { incidentId, shown: { 'to do': 2, 'in progress': 10, blocked: 10, done: 10 } });
    expect(board.columns.map((col) => [col.status, col.total, col.tasks.map((t) => t.title)])).toEqual([
      ['to do', 4, ['Task 5', 'Task 4']],
      ['in progress', 0, []],
      // A task without a due time comes after those with one, as in the table sorted by due time.
      ['blocked', 4, ['Task 6', 'Task 3', 'Task 0', 'Whenever']],
      ['done', 0, []],
    ]);
    expect(board.columns[0]?.tasks[0]?.priorityTitle).toBe('Protect communities at risk of backlash');
  });
});
