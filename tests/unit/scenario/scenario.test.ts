import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;

describe('the demo exercise', () => {
  let c: Console;
  beforeEach(async () => {
    c = await tempConcord(new TestClock());
  });
  afterEach(() => c.close());

  it('loads as an EXERCISE incident with every domain populated, through the contract', async () => {
    const incident = await c.call('scenario:load', { name: 'demo-exercise' });
    expect(incident.mode).toBe('exercise');
    const incidentId = incident.id;
    const roster = await c.call('roster:get', { incidentId });
    expect(roster.people.length).toBeGreaterThanOrEqual(5);
    expect(roster.spokespersons).toHaveLength(1);
    expect((await c.call('priority:list', { incidentId })).length).toBe(5);
    const actors = await c.call('actor:summary', { incidentId });
    expect(actors.total).toBe(15);
    expect(actors.staleCount).toBeGreaterThan(0);
    expect(actors.attention[0]?.stale).toBe(true);
    const protection = await c.call('protection:summary', { incidentId });
    expect(protection.byRisk.critical).toBe(1);
    expect(protection.openMeasures).toBeGreaterThan(10);
    const tasks = await c.call('task:summary', { incidentId });
    expect(tasks.total).toBe(21);
    expect(tasks.overdueCount).toBeGreaterThan(0);
    expect((await c.call('task:list', { incidentId, limit: 500 })).tasks.every((t) => t.priorityTitle && (t.ownerId === null || t.ownerName))).toBe(true);
    const perDay = await c.call('protection:backlashPerDay', { incidentId });
    expect(perDay.reduce((s, d) => s + d.verified + d.unverified, 0)).toBe(11);
    expect((await c.call('log:list', { incidentId, entities: ['logNote'] })).total).toBe(4);
    const rumours = await c.call('rumour:open', { incidentId });
    expect(rumours.byStatus).toEqual({ unverified: 2, true: 0, false: 2, misleading: 0 });
    expect(rumours.top[0]).toMatchObject({ reach: 40000, status: 'false', targetNeedIds: [] });
    expect(rumours.top[0]?.correctionIds).toHaveLength(1);
  });
});
