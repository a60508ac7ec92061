import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDER, TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;
const MIN = 60_000;

describe('actors on the ground', () => {
  let clock: TestClock;
  let c: Console;
  let incidentId: string;

  beforeEach(async () => {
    clock = new TestClock();
    c = await tempConcord(clock);
    incidentId = (await c.call('incident:create', { name: 'Market attack', kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
  });
  afterEach(() => c.close());

  it('flags an actor stale once the incident’s stale time passes without a check-in, by the console clock', async () => {
    const { actor } = await c.call('actor:create', { incidentId, kind: 'police', name: 'Central Division', status: 'on scene' });
    expect(actor.stale).toBe(false);
    clock.advance(61 * MIN);
    expect((await c.call('actor:get', { id: actor.id })).stale).toBe(true);
    const checked = await c.call('actor:checkIn', { id: actor.id, note: 'cordon holding' });
    expect(checked.stale).toBe(false);
    expect(checked.lastCheckInAt).toBe(new Date(clock.ms).toISOString());
    await c.call('actor:setStaleAfter', { incidentId, staleAfterMinutes: 15 });
    clock.advance(16 * MIN);
    expect((await c.call('actor:get', { id: actor.id })).stale).toBe(true);
    await c.call('actor:update', { id: actor.id, changes: { status: 'released' } });
    expect((await c.call('actor:get', { id: actor.id })).stale).toBe(false);
  });

  it('puts stale actors first in the summary and counts by status', async () => {
    const { actor: quiet } = await c.call('actor:create', { incidentId, kind: 'fire', name: 'Station 2', status: 'standing by' });
    clock.advance(90 * MIN);
    const { actor: fresh } = await c.call('actor:create', { incidentId, kind: 'medical', name: 'Ambulance', status: 'on scene' });
    const summary = await c.call('actor:summary', { incidentId });
    expect(summary.staleCount).toBe(1);
    expect(summary.attention.map((a) => a.id)).toEqual([quiet.id, fresh.id]);
    expect(summary.byStatus).toMatchObject({ 'standing by': 1, 'on scene': 1, 'en route': 0, released: 0 });
  });

  it('warns about a look-alike actor without refusing it', async () => {
    await c.call('actor:create', { incidentId, kind: 'fire', name: 'Marlow Bay Fire & Rescue, Station 2', contact: '+44 1632 960 260' });
    const similar = await c.call('actor:create', { incidentId, kind: 'fire', name: 'Marlow Bay Fire and Rescue Station 2' });
    expect(similar.possibleDuplicates).toHaveLength(1);
    expect(similar.possibleDuplicates[0]?.reason).toContain('similar name');
    const sameNumber = await c.call('actor:create', { incidentId, kind: 'other', name: 'Watch manager', contact: '01632 960260' });
    expect(sameNumber.possibleDuplicates[0]?.reason).toContain('same contact');
    const distinct = await c.call('actor:create', { incidentId, kind: 'police', name: 'Eastbrook Neighbourhood Team' });
    expect(distinct.possibleDuplicates).toEqual([]);
    expect((await c.call('actor:list', { incidentId })).total).toBe(4);
  });

  it('lists with filters, sorting and paging on the server', async () => {
    for (let i = 0; i < 30; i++) await c.call('actor:create', { incidentId, kind: i % 2 ? 'police' : 'medical', name: `Unit ${String(i).padStart(2, '0')}` });
    const page = await c.call('actor:list', { incidentId, kinds: ['police'], sort: 'name', dir: 'desc', offset: 5, limit: 5 });
    expect(page.total).toBe(15);
    expect(page.actors.map((a) => a.name)).toEqual(['Unit 19', 'Unit 17', 'Unit 15', 'Unit 13', 'Unit 11']);
    expect((await c.call('actor:list', { incidentId, text: 'unit 2' })).total).toBe(10);
  });

  it('keeps every check-in in the log', async () => {
    const { actor } = await c.call('actor:create', { incidentId, kind: 'police', name: 'Central Division' });
    await c.call('actor:checkIn', { id: actor.id, note: 'all quiet' });
    const log = await c.call('log:list', { incidentId, entities: ['actorCheckIn'] });
    expect(log.entries[0]?.summary).toBe('Check-in: Central Division — all quiet');
  });
});
