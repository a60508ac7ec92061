import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDER, TestClock, judgedCode, opsOf, signedChunks, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;
const HOUR = 3_600_000;

describe('operational periods', () => {
  let clock: TestClock;
  let c: Console;
  let incidentId: string;
  let commanderId: string;
  let priorityId: string;

  const inHours = (h: number) => new Date(clock.now() + h * HOUR).toISOString();
  const start = (hours = 12, objectiveIds = [priorityId]) => c.concord.call('period:start', { incidentId, plannedEndAt: inHours(hours), objectiveIds, leadId: commanderId });
  const closeOut = async (periodId: string) => {
    await c.call('period:handover', { id: periodId, handoverNote: 'Vigil at 19:00; mosque patrols doubled.' });
    await c.call('sitrep:generate', { periodId });
  };

  beforeEach(async () => {
    clock = new TestClock();
    c = await tempConcord(clock);
    incidentId = (await c.call('incident:create', { name: 'Market attack', kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
    commanderId = (await c.call('roster:currentOperator', {}))?.personId ?? '';
    const priorities = await c.call('priority:add', { incidentId, title: 'Protect the Eastbrook mosque', visibility: 'public' });
    priorityId = priorities[0]?.id ?? '';
  });
  afterEach(() => c.close());

  it('numbers periods 1, 2, 3, stamps their start, and closes the previous one in the same commit', async () => {
    const first = await c.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [priorityId], leadId: commanderId });
    expect(first).toMatchObject({ number: 1, startedAt: new Date(clock.now()).toISOString(), leadName: COMMANDER.name, closedAt: null, reports: 0 });
    expect(first.objectives).toEqual([{ id: priorityId, title: 'Protect the Eastbrook mosque' }]);
    for (const n of [2, 3]) {
      const current = (await c.call('period:current', { incidentId })).period;
      if (!current) throw new Error('no current period');
      await closeOut(current.id);
      clock.advance(12 * HOUR);
      const next = await c.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [], leadId: commanderId });
      expect(next.number).toBe(n);
    }
    const { periods } = await c.call('period:list', { incidentId });
    expect(periods.map((p) => [p.number, p.closedAt === null, p.reports])).toEqual([
      [3, true, 0],
      [2, false, 1],
      [1, false, 1],
    ]);
    expect(periods[1]?.closedAt).toBe(periods[0]?.startedAt);
    expect(periods[1]?.closedBy).toBe(commanderId);
  });

  it('refuses to start the next period before the current one has its handover note, then its report, and changes nothing', async () => {
    const first = await c.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [priorityId], leadId: commanderId });
    await expect(start()).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'period 1 needs its handover note' } });
    await c.call('period:handover', { id: first.id, handoverNote: 'Handover at the EOC desk.' });
    await expect(start()).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'period 1 needs its situation report' } });
    expect((await c.call('period:list', { incidentId })).periods).toHaveLength(1);
    await c.call('sitrep:generate', { periodId: first.id });
    await expect(start()).resolves.toMatchObject({ ok: true, value: { number: 2 } });
  });

  it('refuses objectives or a lead from another incident, a planned end in the past, and a note on a closed period', async () => {
    const other = (await c.call('incident:create', { name: 'Other', kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
    const foreign = (await c.call('priority:add', { incidentId: other, title: 'Elsewhere' }))[0]?.id ?? '';
    const stranger = (await c.call('roster:currentOperator', {}))?.personId ?? '';
    await c.call('roster:signIn', { incidentId, personId: commanderId, pin: COMMANDER.pin });
    await expect(start(12, [foreign])).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(c.concord.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [], leadId: stranger })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(start(-1)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await c.call('period:list', { incidentId })).periods).toHaveLength(0);

    const first = await c.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [], leadId: commanderId });
    await closeOut(first.id);
    await c.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [], leadId: commanderId });
    await expect(c.concord.call('period:handover', { id: first.id, handoverNote: 'Too late' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'period 1 is closed' } });
  });

  it('is refused to an observer, who may not edit the situation', async () => {
    const observer = await c.call('roster:addPerson', { incidentId, name: 'Sam Lee', pin: '1357' });
    const roster = await c.call('roster:get', { incidentId });
    const roleId = roster.roles.find((r) => r.kind === 'observer')?.id ?? (await c.call('roster:addRole', { incidentId, name: 'Observer', kind: 'observer' })).roles.find((r) => r.kind === 'observer')?.id ?? '';
    await c.call('roster:assign', { incidentId, personId: observer.id, roleId });
    await c.call('roster:signIn', { incidentId, personId: observer.id, pin: '1357' });
    await expect(start()).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await c.call('period:list', { incidentId })).periods).toHaveLength(0);
  });

  it('lets the period’s own lead, a community liaison, write its handover note and file its report, but not start the next period; another liaison may do neither', async () => {
    const member = async (name: string, pin: string) => {
      const person = await c.call('roster:addPerson', { incidentId, name, pin });
      const roster = await c.call('roster:get', { incidentId });
      const roleId =
        roster.roles.find((r) => r.kind === 'communityLiaison')?.id ??
        (await c.call('roster:addRole', { incidentId, name: 'Community liaison', kind: 'communityLiaison' })).roles.find((r) => r.kind === 'communityLiaison')?.id ??
        '';
      await c.call('roster:assign', { incidentId, personId: person.id, roleId });
      return person.id;
    };
    const signIn = async (personId: string, pin: string, own: string) => {
      await c.call('roster:signIn', { incidentId, personId, pin });
      await c.call('roster:setOwnPin', { incidentId, currentPin: pin, newPin: own });
    };
    const lead = await member('Leila Mansour', '24681357');
    const other = await member('Abdi Farah', '13572468');
    const period = await c.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [], leadId: lead });

    await signIn(other, '13572468', '97531864');
    await expect(c.concord.call('period:handover', { id: period.id, handoverNote: 'Not mine to write.' })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(c.concord.call('sitrep:generate', { periodId: period.id })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await signIn(lead, '24681357', '86427531');
    await closeOut(period.id);
    expect((await c.call('period:current', { incidentId })).period?.handoverNote).toBe('Vigil at 19:00; mosque patrols doubled.');
    expect((await c.call('sitrep:list', { incidentId })).sitreps).toHaveLength(1);
    await expect(start()).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });

    await c.call('roster:signIn', { incidentId, personId: commanderId, pin: COMMANDER.pin });
    await expect(start()).resolves.toMatchObject({ ok: true, value: { number: 2 } });
  });

  it('refuses, on every console, the later of two periods started with the same number', async () => {
    const other = await tempConcord(new TestClock(clock.now() + 1000));
    try {
      const a = c.concord.store.current();
      const b = other.concord.store.current();
      b.ops.applyRemote(opsOf(a, incidentId));
      b.session.operator = a.session.operator;
      await c.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [], leadId: commanderId });
      await other.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [], leadId: commanderId });
      const fromB = opsOf(b, incidentId).filter((op) => op.deviceId === b.device.deviceId);
      expect(judgedCode(a, incidentId, () => signedChunks(fromB).forEach((chunk) => a.ops.applyRemote(chunk)))).toBe('invalid_input');
      expect((await c.call('period:list', { incidentId })).periods).toHaveLength(1);
    } finally {
      other.close();
    }
  });

  it('refuses, on every console, a peer closing a period that has no report, whatever its console let through', async () => {
    const other = await tempConcord(new TestClock(clock.now()));
    try {
      const first = await c.call('period:start', { incidentId, plannedEndAt: inHours(12), objectiveIds: [], leadId: commanderId });
      await c.call('period:handover', { id: first.id, handoverNote: 'All quiet.' });
      const forger = c.concord.store.current();
      const honest = other.concord.store.current();
      honest.ops.applyRemote(opsOf(forger, incidentId));
      const held = new Set(opsOf(forger, incidentId).map((op) => op.hash));
      forger.ops.judge.rulesOff = true;
      forger.ops.commit(incidentId, forger.author(), [{ entity: 'operationalPeriod', entityId: first.id, action: 'set', fields: { closedAt: new Date(clock.now()).toISOString(), closedBy: commanderId } }]);
      const sent = opsOf(forger, incidentId).filter((op) => !held.has(op.hash));
      expect(judgedCode(honest, incidentId, () => honest.ops.applyRemote(sent))).toBe('invalid_input');
      expect((await other.call('period:current', { incidentId })).period?.id).toBe(first.id);
    } finally {
      other.close();
    }
  });
});
