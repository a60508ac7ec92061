import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDER, TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;
const HOUR = 3_600_000;

describe('community engagements and their temperature', () => {
  let clock: TestClock;
  let c: Console;
  let incidentId: string;
  let commanderId: string;
  let needId: string;
  let imamId: string;

  const at = (hoursFromNow: number) => new Date(clock.now() + hoursFromNow * HOUR).toISOString();
  const community = (name: string, riskLevel: 'critical' | 'high' | 'elevated' | 'low', extra: object = {}) =>
    c.call('protection:create', { incidentId, subject: 'community', name, communityKind: 'targeted', riskLevel, ...extra });
  const newIncident = async (name: string) => {
    const id = (await c.call('incident:create', { name, kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
    return { id, commander: (await c.call('roster:currentOperator', {}))?.personId ?? '' };
  };

  beforeEach(async () => {
    clock = new TestClock();
    c = await tempConcord(clock);
    const opened = await newIncident('Market attack');
    incidentId = opened.id;
    commanderId = opened.commander;
    imamId = (await c.call('actor:create', { incidentId, kind: 'faith leader', name: 'Imam Yusuf Adeyemi' })).actor.id;
    needId = (await community('Muslim residents of Eastbrook', 'critical', { caseManagerId: commanderId, entryPointIds: [imamId] })).id;
  });
  afterEach(() => c.close());

  it('records an engagement and its promises together, the promises made to its community', async () => {
    const engagement = await c.call('engagement:record', {
      incidentId,
      needId,
      kind: 'meeting',
      temperature: 'tense',
      trend: 'worsening',
      participantIds: [commanderId],
      entryPointIds: [imamId],
      concerns: 'Threats online; fear for Friday prayers',
      promises: [
        { text: 'Police presence at the mosque for Friday prayers', ownerId: commanderId, dueAt: at(20) },
        { text: 'A meeting with the mayor', madeTo: 'Mosque committee', ownerId: commanderId, dueAt: at(48) },
      ],
    });
    expect(engagement).toMatchObject({ needName: 'Muslim residents of Eastbrook', promisesMade: 2, at: new Date(clock.now()).toISOString(), rumourIds: [], notes: '' });
    const made = await c.call('promise:list', { incidentId, sourceId: engagement.id });
    expect(made.promises.map((p) => p.text)).toEqual(['Police presence at the mosque for Friday prayers', 'A meeting with the mayor']);
    expect(made.promises.every((p) => p.needId === needId && p.sourceKind === 'engagement')).toBe(true);
  });

  it('refuses the whole engagement when one of its promises is refused, and records nothing', async () => {
    const other = await newIncident('Another incident');
    await c.call('roster:signIn', { incidentId, personId: commanderId, pin: COMMANDER.pin });
    const refused = await c.concord.call('engagement:record', {
      incidentId,
      needId,
      kind: 'visit',
      temperature: 'uneasy',
      trend: 'steady',
      promises: [
        { text: 'Call back tomorrow', ownerId: commanderId, dueAt: at(24) },
        { text: 'A promise its owner cannot keep here', ownerId: other.commander, dueAt: at(24) },
      ],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await c.call('engagement:list', { incidentId })).total).toBe(0);
    expect((await c.call('promise:list', { incidentId })).total).toBe(0);
  });

  it('gives each community its latest temperature, its series in time order and a check interval set by its risk', async () => {
    const families = (await community('Families at Linden Street', 'high')).id;
    await community('Stallholders', 'elevated', { status: 'closed' });
    await c.call('protection:create', { incidentId, subject: 'site', name: 'Eastbrook Mosque', siteKind: 'place of worship', riskLevel: 'high' });
    // Recorded out of order: the series and the latest reading follow the time of the engagement, not of the record.
    for (const [hours, temperature, trend] of [[-2, 'tense', 'worsening'], [-20, 'uneasy', 'steady'], [-10, 'uneasy', 'worsening']] as const) {
      await c.call('engagement:record', { incidentId, needId, kind: 'call', at: at(hours), temperature, trend });
    }
    await c.call('engagement:record', { incidentId, needId: families, kind: 'visit', at: at(-1), temperature: 'uneasy', trend: 'steady' });

    const { communities } = await c.call('engagement:temperatures', { incidentId });
    expect(communities.map((x) => x.name)).toEqual(['Muslim residents of Eastbrook', 'Families at Linden Street']);
    const [eastbrook, linden] = communities;
    expect(eastbrook).toMatchObject({
      temperature: 'tense',
      trend: 'worsening',
      caseManagerName: COMMANDER.name,
      entryPoints: [{ id: imamId, name: 'Imam Yusuf Adeyemi' }],
      lastCheckedAt: at(-2),
      checkIntervalHours: 4,
      checkDueAt: at(2),
      checkOverdue: false,
    });
    expect(eastbrook?.series).toEqual([
      { at: at(-20), temperature: 'uneasy' },
      { at: at(-10), temperature: 'uneasy' },
      { at: at(-2), temperature: 'tense' },
    ]);
    expect(linden).toMatchObject({ checkIntervalHours: 12, caseManagerName: null, entryPoints: [], checkOverdue: false });

    clock.advance(3 * HOUR);
    let [first, second] = (await c.call('engagement:temperatures', { incidentId })).communities;
    expect([first?.checkOverdue, second?.checkOverdue]).toEqual([true, false]);

    // A contact recorded later than the latest engagement is a check too.
    await c.call('protection:contact', { id: needId, by: 'Leila Mansour' });
    [first] = (await c.call('engagement:temperatures', { incidentId })).communities;
    expect(first).toMatchObject({ lastCheckedAt: new Date(clock.now()).toISOString(), checkOverdue: false, temperature: 'tense' });

    clock.advance(10 * HOUR);
    [first, second] = (await c.call('engagement:temperatures', { incidentId })).communities;
    expect([first?.checkOverdue, second?.checkOverdue]).toEqual([true, true]);
  });

  it('counts a community’s open promises and those past due as the clock moves', async () => {
    await c.call('engagement:record', {
      incidentId,
      needId,
      kind: 'open house',
      temperature: 'uneasy',
      trend: 'improving',
      promises: [
        { text: 'Police presence at Friday prayers', ownerId: commanderId, dueAt: at(2) },
        { text: 'A meeting with the mayor', ownerId: commanderId, dueAt: at(30) },
      ],
    });
    const counts = async () => (await c.call('engagement:temperatures', { incidentId })).communities[0];
    expect(await counts()).toMatchObject({ openPromises: 2, overduePromises: 0 });
    clock.advance(3 * HOUR);
    expect(await counts()).toMatchObject({ openPromises: 2, overduePromises: 1 });
  });

  it('refuses a case manager, an entry point or a participant of another incident, and a site as a community', async () => {
    const other = await newIncident('Another incident');
    const foreignActor = (await c.call('actor:create', { incidentId: other.id, kind: 'police', name: 'Station 9' })).actor.id;
    await c.call('roster:signIn', { incidentId, personId: commanderId, pin: COMMANDER.pin });
    const site = (await c.call('protection:create', { incidentId, subject: 'site', name: 'Eastbrook Mosque', siteKind: 'place of worship', riskLevel: 'high' })).id;

    for (const changes of [{ caseManagerId: other.commander }, { entryPointIds: [imamId, foreignActor] }]) {
      await expect(c.concord.call('protection:update', { id: needId, changes })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    const refusedNeed = await c.concord.call('protection:create', { incidentId, subject: 'community', name: 'Youth', communityKind: 'at risk of radicalisation', riskLevel: 'low', caseManagerId: other.commander });
    expect(refusedNeed).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await c.call('protection:get', { id: needId })).need).toMatchObject({ caseManagerId: commanderId, entryPointIds: [imamId] });

    const base = { incidentId, kind: 'visit', temperature: 'calm', trend: 'steady' } as const;
    await expect(c.concord.call('engagement:record', { ...base, needId, participantIds: [other.commander] })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(c.concord.call('engagement:record', { ...base, needId, entryPointIds: [foreignActor] })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(c.concord.call('engagement:record', { ...base, needId: site })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/site, not a community/) } });
    expect((await c.call('engagement:list', { incidentId })).total).toBe(0);
    expect((await c.call('protection:list', { incidentId })).needs.length).toBe(2);
  });

  it('links the rumours heard from the incident’s register, and refuses one of another incident', async () => {
    const other = await newIncident('Another incident');
    const foreign = (await c.call('rumour:create', { incidentId: other.id, claim: 'The bridge will close', firstSeenAt: at(0), firstSeenWhere: 'Radio' })).id;
    await c.call('roster:signIn', { incidentId, personId: commanderId, pin: COMMANDER.pin });
    const heard = (await c.call('rumour:create', { incidentId, claim: 'The mosque will be closed on Friday', firstSeenAt: at(0), firstSeenWhere: 'WhatsApp' })).id;
    const base = { incidentId, needId, kind: 'call', temperature: 'tense', trend: 'worsening' } as const;
    await expect(c.concord.call('engagement:record', { ...base, rumourIds: [heard, foreign] })).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await c.call('engagement:list', { incidentId })).total).toBe(0);
    const recorded = await c.call('engagement:record', { ...base, rumourIds: [heard] });
    expect(recorded.rumourIds).toEqual([heard]);
  });

  it('reads a need recorded without a case manager or entry points as none, and sets them later', async () => {
    const youth = await community('Young people in Northgate', 'elevated');
    expect(youth).toMatchObject({ caseManagerId: null, entryPointIds: [] });
    const set = await c.call('protection:update', { id: youth.id, changes: { caseManagerId: commanderId, entryPointIds: [imamId] } });
    expect(set).toMatchObject({ caseManagerId: commanderId, entryPointIds: [imamId] });
  });

  it('lists a community’s engagements newest first and corrects one', async () => {
    const older = await c.call('engagement:record', { incidentId, needId, kind: 'call', at: at(-5), temperature: 'calm', trend: 'steady' });
    const newer = await c.call('engagement:record', { incidentId, needId, kind: 'visit', at: at(-1), temperature: 'uneasy', trend: 'worsening' });
    expect((await c.call('engagement:list', { incidentId, needId })).engagements.map((e) => e.id)).toEqual([newer.id, older.id]);
    const corrected = await c.call('engagement:update', { id: older.id, changes: { temperature: 'uneasy', concerns: 'Parents keep children home' } });
    expect(corrected).toMatchObject({ temperature: 'uneasy', concerns: 'Parents keep children home', kind: 'call' });
  });

  it('is refused to an observer, who holds no right to engage communities', async () => {
    const observer = await c.call('roster:addPerson', { incidentId, name: 'Sam Lee', pin: '1357' });
    const roster = await c.call('roster:get', { incidentId });
    const roleId = roster.roles.find((r) => r.kind === 'observer')?.id ?? '';
    await c.call('roster:assign', { incidentId, personId: observer.id, roleId });
    await c.call('roster:signIn', { incidentId, personId: observer.id, pin: '1357' });
    const refused = await c.concord.call('engagement:record', { incidentId, needId, kind: 'visit', temperature: 'calm', trend: 'steady' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await c.call('engagement:list', { incidentId })).total).toBe(0);
  });
});
