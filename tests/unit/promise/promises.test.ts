import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDER, TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;
const HOUR = 3_600_000;

describe('promises made to communities and families', () => {
  let clock: TestClock;
  let c: Console;
  let incidentId: string;
  let commanderId: string;
  let needId: string;

  const inHours = (h: number) => new Date(clock.now() + h * HOUR).toISOString();

  beforeEach(async () => {
    clock = new TestClock();
    c = await tempConcord(clock);
    incidentId = (await c.call('incident:create', { name: 'Market attack', kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
    commanderId = (await c.call('roster:currentOperator', {}))?.personId ?? '';
    needId = (await c.call('protection:create', { incidentId, subject: 'community', name: 'Muslim residents of Eastbrook', communityKind: 'targeted', riskLevel: 'critical' })).id;
  });
  afterEach(() => c.close());

  it('lists open promises due first, counts the overdue ones as time passes, and closes a kept one', async () => {
    const later = await c.call('promise:create', { incidentId, text: 'Police presence at Friday prayers', madeTo: 'Eastbrook Mosque committee', ownerId: commanderId, dueAt: inHours(30), needId });
    const sooner = await c.call('promise:create', { incidentId, text: 'Call back about the vigil route', ownerId: commanderId, dueAt: inHours(2) });
    expect(later).toMatchObject({ status: 'open', ownerName: COMMANDER.name, needName: 'Muslim residents of Eastbrook', sourceKind: 'other', overdue: false });

    let list = await c.call('promise:list', { incidentId });
    expect(list.promises.map((p) => p.id)).toEqual([sooner.id, later.id]);
    expect(list).toMatchObject({ open: 2, overdue: 0 });

    clock.advance(3 * HOUR);
    list = await c.call('promise:list', { incidentId, overdueOnly: true });
    expect(list.promises.map((p) => p.id)).toEqual([sooner.id]);
    expect(list).toMatchObject({ open: 2, overdue: 1 });

    const kept = await c.call('promise:update', { id: sooner.id, changes: { status: 'kept', outcome: 'Route agreed with the organisers' } });
    expect(kept).toMatchObject({ status: 'kept', overdue: false });
    expect(await c.call('promise:list', { incidentId, statuses: ['open'] })).toMatchObject({ total: 1, open: 1, overdue: 0 });
  });

  it('refuses an owner or a community of another incident, and changes nothing', async () => {
    const otherIncident = (await c.call('incident:create', { name: 'Other', kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
    const stranger = (await c.call('roster:currentOperator', {}))?.personId ?? '';
    const foreignNeed = (await c.call('protection:create', { incidentId: otherIncident, subject: 'site', name: 'Hall', siteKind: 'other', riskLevel: 'low' })).id;
    await c.call('roster:signIn', { incidentId, personId: commanderId, pin: COMMANDER.pin });
    for (const input of [
      { incidentId, text: 'A promise', ownerId: stranger, dueAt: inHours(1) },
      { incidentId, text: 'A promise', ownerId: commanderId, dueAt: inHours(1), needId: foreignNeed },
    ]) {
      await expect(c.concord.call('promise:create', input)).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect((await c.call('promise:list', { incidentId })).total).toBe(0);
  });

  it('is refused to an observer, who holds no right to make promises', async () => {
    const observer = await c.call('roster:addPerson', { incidentId, name: 'Sam Lee', pin: '1357' });
    const roster = await c.call('roster:get', { incidentId });
    const roleId = roster.roles.find((r) => r.kind === 'observer')?.id ?? (await c.call('roster:addRole', { incidentId, name: 'Observer', kind: 'observer' })).roles.find((r) => r.kind === 'observer')?.id ?? '';
    await c.call('roster:assign', { incidentId, personId: observer.id, roleId });
    await c.call('roster:signIn', { incidentId, personId: observer.id, pin: '1357' });
    const made = await c.concord.call('promise:create', { incidentId, text: 'A promise', ownerId: observer.id, dueAt: inHours(1) });
    expect(made).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await c.call('promise:list', { incidentId })).total).toBe(0);
  });
});
