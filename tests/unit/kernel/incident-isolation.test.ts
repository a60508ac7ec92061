import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../../shared/contract';
import { COMMANDER, actAs, rememberSigner, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;

/** One of each kind of record an incident holds, made through the contract by its commander. */
interface Side {
  incidentId: string;
  commanderId: string;
  personId: string;
  roleId: string;
  assignmentId: string;
  priorityId: string;
  actorId: string;
  needId: string;
  measureId: string;
  taskId: string;
  statementId: string;
  revisionId: string;
}

/** A typed call, kept for later: the contract checks its input at compile time. */
interface Request {
  method: MethodName;
  input: unknown;
}
const req = <M extends MethodName>(method: M, input: MethodInput<M>): Request => ({ method, input });

const must = <T>(value: T | undefined | null, what: string): T => {
  if (value === undefined || value === null) throw new Error(`set-up: no ${what}`);
  return value;
};

async function populate(c: Console, name: string): Promise<Side> {
  const { call } = c;
  const incidentId = (await call('incident:create', { name, kind: 'hate-motivated attack', mode: 'exercise', commander: COMMANDER })).id;
  const commanderId = must(await call('roster:currentOperator', {}), 'operator').personId;
  // Kept so the tests can act as this commander later without paying for a PIN.
  rememberSigner(c.concord.store.current());
  const personId = (await call('roster:addPerson', { incidentId, name: 'Jo Park', pin: '1357' })).id;
  const roleId = must((await call('roster:addRole', { incidentId, name: 'Shelter lead', kind: 'operationsStaff' })).roles.find((r) => r.name === 'Shelter lead'), 'role').id;
  const assigned = await call('roster:assign', { incidentId, personId, roleId });
  const assignmentId = must(assigned.roles.find((r) => r.id === roleId)?.assignments[0], 'assignment').id;
  await call('roster:checkIn', { incidentId, roleId, note: 'Shelter open' });
  const priorityId = must((await call('priority:add', { incidentId, title: 'Keep residents safe' }))[0], 'priority').id;
  await call('priority:add', { incidentId, title: 'Reassure communities' });
  await call('decision:record', { incidentId, what: 'Open the shelter', priorityIds: [priorityId] });
  const actorId = (await call('actor:create', { incidentId, kind: 'police', name: 'Team 1' })).actor.id;
  await call('actor:checkIn', { id: actorId });
  const needId = (await call('protection:create', { incidentId, subject: 'site', name: 'Mill Street Mosque', siteKind: 'place of worship', riskLevel: 'high' })).id;
  const measureId = (await call('protection:addMeasure', { needId, kind: 'patrol', actorId })).id;
  await call('protection:reportBacklash', { incidentId, needId, occurredAt: '2026-11-21T08:00:00Z', kind: 'vandalism', source: 'police' });
  const taskId = (await call('task:create', { incidentId, title: 'Barriers', priorityId, actorId, protectionNeedId: needId, ownerId: personId })).id;
  const statement = await call('statement:create', { incidentId, title: 'First statement', phase: 'first-official', text: 'Residents are safe.' });
  const revisionId = must(statement.revisions[0], 'revision').id;
  return { incidentId, commanderId, personId, roleId, assignmentId, priorityId, actorId, needId, measureId, taskId, statementId: statement.id, revisionId };
}

/** Ids no console holds: an unknown record of each kind, and an unknown incident. */
const phantomSide = (): Side => ({
  incidentId: randomUUID(),
  commanderId: randomUUID(),
  personId: randomUUID(),
  roleId: randomUUID(),
  assignmentId: randomUUID(),
  priorityId: randomUUID(),
  actorId: randomUUID(),
  needId: randomUUID(),
  measureId: randomUUID(),
  taskId: randomUUID(),
  statementId: randomUUID(),
  revisionId: randomUUID(),
});

/**
 * Calls that name incident A and a record `f` (of incident B, or unknown), directly or as a link from one of A's
 * records. Each must answer not_found and change neither incident.
 */
const scoped: Record<string, (a: Side, f: Side) => Request> = {
  'roster:updatePerson': (a, f) => req('roster:updatePerson', { incidentId: a.incidentId, id: f.personId, changes: { name: 'Renamed' } }),
  'roster:setPin': (a, f) => req('roster:setPin', { incidentId: a.incidentId, personId: f.personId, pin: '9999' }),
  'roster:addRole reporting to the role': (a, f) => req('roster:addRole', { incidentId: a.incidentId, name: 'Deputy', kind: 'observer', reportsTo: f.roleId }),
  'roster:updateRole': (a, f) => req('roster:updateRole', { incidentId: a.incidentId, id: f.roleId, changes: { name: 'Renamed' } }),
  'roster:updateRole reporting to the role': (a, f) => req('roster:updateRole', { incidentId: a.incidentId, id: a.roleId, changes: { reportsTo: f.roleId } }),
  'roster:assign the person': (a, f) => req('roster:assign', { incidentId: a.incidentId, personId: f.personId, roleId: a.roleId }),
  'roster:assign to the role': (a, f) => req('roster:assign', { incidentId: a.incidentId, personId: a.personId, roleId: f.roleId }),
  'roster:endAssignment': (a, f) => req('roster:endAssignment', { incidentId: a.incidentId, id: f.assignmentId }),
  'roster:checkIn': (a, f) => req('roster:checkIn', { incidentId: a.incidentId, roleId: f.roleId, note: 'All quiet' }),
  'roster:signIn': (a, f) => req('roster:signIn', { incidentId: a.incidentId, personId: f.commanderId, pin: COMMANDER.pin }),
  'priority:update': (a, f) => req('priority:update', { incidentId: a.incidentId, id: f.priorityId, changes: { title: 'Renamed' } }),
  'priority:move': (a, f) => req('priority:move', { incidentId: a.incidentId, id: f.priorityId, toIndex: 1 }),
  'priority:remove': (a, f) => req('priority:remove', { incidentId: a.incidentId, id: f.priorityId }),
  'decision:record serving the priority': (a, f) => req('decision:record', { incidentId: a.incidentId, what: 'Close the road', priorityIds: [f.priorityId] }),
  'task:create serving the priority': (a, f) => req('task:create', { incidentId: a.incidentId, title: 'Leaflets', priorityId: f.priorityId }),
  'task:create for the actor': (a, f) => req('task:create', { incidentId: a.incidentId, title: 'Leaflets', priorityId: a.priorityId, actorId: f.actorId }),
  'task:create for the protection need': (a, f) => req('task:create', { incidentId: a.incidentId, title: 'Leaflets', priorityId: a.priorityId, protectionNeedId: f.needId }),
  'task:create owned by the person': (a, f) => req('task:create', { incidentId: a.incidentId, title: 'Leaflets', priorityId: a.priorityId, ownerId: f.personId }),
  'task:update to serve the priority': (a, f) => req('task:update', { id: a.taskId, changes: { priorityId: f.priorityId } }),
  'task:update to the actor': (a, f) => req('task:update', { id: a.taskId, changes: { actorId: f.actorId } }),
  'task:update to the protection need': (a, f) => req('task:update', { id: a.taskId, changes: { protectionNeedId: f.needId } }),
  'task:update to the owner': (a, f) => req('task:update', { id: a.taskId, changes: { ownerId: f.personId } }),
  'protection:addMeasure by the actor': (a, f) => req('protection:addMeasure', { needId: a.needId, kind: 'patrol', actorId: f.actorId }),
  'protection:updateMeasure to the actor': (a, f) => req('protection:updateMeasure', { id: a.measureId, changes: { actorId: f.actorId } }),
  'backlash:report against the need': (a, f) =>
    req('protection:reportBacklash', { incidentId: a.incidentId, needId: f.needId, occurredAt: '2026-11-21T09:00:00Z', kind: 'threat', source: 'police' }),
  'statement:create following the statement': (a, f) => req('statement:create', { incidentId: a.incidentId, title: 'Update', phase: 'update', follows: f.statementId }),
  'statement:update to follow the statement': (a, f) => req('statement:update', { id: a.statementId, changes: { follows: f.statementId } }),
  'statement:approve naming the revision': (a, f) => req('statement:approve', { statementId: a.statementId, revisionIds: [f.revisionId] }),
  'statement:diff against the revision': (a, f) => req('statement:diff', { statementId: a.statementId, from: a.revisionId, to: f.revisionId }),
  'statement:check of the statement': (a, f) =>
    req('statement:check', { incidentId: a.incidentId, phase: 'first-official', language: 'en', text: 'Residents are safe.', statementId: f.statementId }),
  'log:fieldHistory of the incident': (a, f) => req('log:fieldHistory', { incidentId: a.incidentId, entity: 'incident', entityId: f.incidentId, field: 'name' }),
  'log:fieldHistory of the person': (a, f) => req('log:fieldHistory', { incidentId: a.incidentId, entity: 'person', entityId: f.personId, field: 'name' }),
  'log:fieldHistory of the role': (a, f) => req('log:fieldHistory', { incidentId: a.incidentId, entity: 'role', entityId: f.roleId, field: 'name' }),
  'log:fieldHistory of the priority': (a, f) => req('log:fieldHistory', { incidentId: a.incidentId, entity: 'priority', entityId: f.priorityId, field: 'title' }),
  'log:fieldHistory of the actor': (a, f) => req('log:fieldHistory', { incidentId: a.incidentId, entity: 'actor', entityId: f.actorId, field: 'status' }),
  'log:fieldHistory of the need': (a, f) => req('log:fieldHistory', { incidentId: a.incidentId, entity: 'protectionNeed', entityId: f.needId, field: 'riskLevel' }),
  'log:fieldHistory of the task': (a, f) => req('log:fieldHistory', { incidentId: a.incidentId, entity: 'task', entityId: f.taskId, field: 'title' }),
  'log:fieldHistory of the statement': (a, f) => req('log:fieldHistory', { incidentId: a.incidentId, entity: 'statement', entityId: f.statementId, field: 'title' }),
};

/**
 * Changes named by a record alone: they answer for the record's own incident, so A's commander is refused by that
 * incident's permission check (forbidden), and an unknown record is not_found.
 */
const byRecord: Record<string, (t: Side) => Request> = {
  'incident:update': (t) => req('incident:update', { id: t.incidentId, changes: { securityRiskLevel: 'critical' } }),
  'actor:update': (t) => req('actor:update', { id: t.actorId, changes: { status: 'released' } }),
  'actor:checkIn': (t) => req('actor:checkIn', { id: t.actorId }),
  'protection:update': (t) => req('protection:update', { id: t.needId, changes: { riskLevel: 'critical' } }),
  'protection:contact': (t) => req('protection:contact', { id: t.needId, by: 'Leila Mansour' }),
  'protection:addMeasure': (t) => req('protection:addMeasure', { needId: t.needId, kind: 'shelter', actorId: t.actorId }),
  'protection:updateMeasure': (t) => req('protection:updateMeasure', { id: t.measureId, changes: { status: 'ended' } }),
  'task:update': (t) => req('task:update', { id: t.taskId, changes: { status: 'done' } }),
  'statement:update': (t) => req('statement:update', { id: t.statementId, changes: { title: 'Renamed' } }),
  'statement:setVariant': (t) => req('statement:setVariant', { statementId: t.statementId, language: 'ar' }),
  'statement:revise': (t) => req('statement:revise', { statementId: t.statementId, language: 'en', text: 'Changed.' }),
  'statement:comment': (t) => req('statement:comment', { statementId: t.statementId, text: 'Looks right' }),
  'statement:requestReview': (t) => req('statement:requestReview', { statementId: t.statementId }),
  'statement:approve': (t) => req('statement:approve', { statementId: t.statementId, revisionIds: [t.revisionId] }),
  'statement:publish': (t) => req('statement:publish', { statementId: t.statementId, channels: ['press'] }),
  'statement:withdraw': (t) => req('statement:withdraw', { statementId: t.statementId }),
};

/**
 * Reads named by a record alone: another incident's record is read as it is (what its own incident would answer:
 * a statement with nothing approved has nothing to export); an unknown one is not_found.
 */
const readByRecord: Record<string, { read: (t: Side) => Request; answer: string }> = {
  'incident:get': { read: (t) => req('incident:get', { id: t.incidentId }), answer: 'ok' },
  'actor:get': { read: (t) => req('actor:get', { id: t.actorId }), answer: 'ok' },
  'protection:get': { read: (t) => req('protection:get', { id: t.needId }), answer: 'ok' },
  'task:get': { read: (t) => req('task:get', { id: t.taskId }), answer: 'ok' },
  'statement:get': { read: (t) => req('statement:get', { id: t.statementId }), answer: 'ok' },
  'statement:diff': { read: (t) => req('statement:diff', { statementId: t.statementId, from: t.revisionId, to: t.revisionId }), answer: 'ok' },
  'statement:export': { read: (t) => req('statement:export', { statementId: t.statementId, format: 'text' }), answer: 'conflict' },
};

/** Ordinary changes to A, for the property test: the state moves on while B must not. */
const ownChanges: ((a: Side) => Request)[] = [
  (a) => req('priority:add', { incidentId: a.incidentId, title: 'Another priority' }),
  (a) => req('roster:updateRole', { incidentId: a.incidentId, id: a.roleId, changes: { decides: 'Shelter places' } }),
  (a) => req('task:update', { id: a.taskId, changes: { status: 'in progress' } }),
  (a) => req('actor:checkIn', { id: a.actorId, note: 'On scene' }),
];

describe('incident isolation: a record answers only for its own incident', () => {
  let c: Console;
  let a: Side;
  let b: Side;
  const phantom = phantomSide();

  const outcome = async (r: Request): Promise<string> => {
    const result = await c.concord.call(r.method, r.input);
    return result.ok ? 'ok' : result.error.code;
  };
  const hashes = async () => [await c.call('incident:stateHash', { id: a.incidentId }), await c.call('incident:stateHash', { id: b.incidentId })];
  const signInAs = (side: Side) => actAs(c.concord.store.current(), side.incidentId, side.commanderId);

  beforeAll(async () => {
    c = await tempConcord();
    a = await populate(c, 'Market attack');
    b = await populate(c, 'Depot fire');
  });
  afterAll(() => c.close());
  // A's commander holds every permission in A and none in B: the operator a wrong pairing would help.
  beforeEach(() => signInAs(a));

  it.each(Object.keys(scoped))('%s with incident A and a record of incident B answers not_found and changes neither', async (name) => {
    const before = await hashes();
    expect(await outcome(must(scoped[name], name)(a, b))).toBe('not_found');
    expect(await hashes()).toEqual(before);
  });

  it.each(Object.keys(scoped))('%s with an unknown record answers not_found and creates nothing', async (name) => {
    const before = await hashes();
    expect(await outcome(must(scoped[name], name)(a, phantom))).toBe('not_found');
    expect(await hashes()).toEqual(before);
  });

  it('still does all of that for records of the incident named', async () => {
    const own = ['roster:updateRole', 'roster:updatePerson', 'priority:update', 'decision:record serving the priority', 'task:update to serve the priority', 'log:fieldHistory of the role'];
    const second = must((await c.call('priority:list', { incidentId: a.incidentId }))[1], 'second priority').id;
    for (const name of own) expect([name, await outcome(must(scoped[name], name)(a, { ...a, priorityId: second }))]).toEqual([name, 'ok']);
  });

  it('roster:updateRole with a role of another incident leaves that role as it was', async () => {
    const roleOfB = () => c.call('roster:get', { incidentId: b.incidentId }).then((r) => r.roles.find((role) => role.id === b.roleId));
    const before = await roleOfB();
    const result = await c.concord.call('roster:updateRole', { incidentId: a.incidentId, id: b.roleId, changes: { name: 'Taken over', cadenceMinutes: 5 } });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: `role ${b.roleId} is not in this incident` } });
    expect(await roleOfB()).toEqual(before);
  });

  it('roster:updateRole with an unknown role id creates no role, and the operator keeps working', async () => {
    const rolesOfA = async () => (await c.call('roster:get', { incidentId: a.incidentId })).roles.map((r) => r.id);
    const before = await rolesOfA();
    const unknown = randomUUID();
    expect(await outcome(req('roster:updateRole', { incidentId: a.incidentId, id: unknown, changes: { name: 'Ghost' } }))).toBe('not_found');
    expect(await rolesOfA()).toEqual(before);
    expect(await outcome(req('roster:checkIn', { incidentId: a.incidentId, roleId: unknown, note: '' }))).toBe('not_found');
    expect(must(await c.call('roster:currentOperator', {}), 'operator').roles.map((r) => r.kind)).toEqual(['commander']);
    expect(await outcome(req('log:note', { incidentId: a.incidentId, text: 'Still here' }))).toBe('ok');
  });

  it.each(Object.keys(byRecord))('%s of a record of incident B, by A’s commander, is refused by B’s permission check', async (name) => {
    const before = await hashes();
    expect(await outcome(must(byRecord[name], name)(b))).toBe('forbidden');
    expect(await hashes()).toEqual(before);
  });

  it.each(Object.keys(byRecord))('%s of an unknown record answers not_found and creates nothing', async (name) => {
    const before = await hashes();
    expect(await outcome(must(byRecord[name], name)(phantom))).toBe('not_found');
    expect(await hashes()).toEqual(before);
  });

  it('a change named by a record alone goes through for its own incident’s commander', async () => {
    signInAs(b);
    expect(await outcome(req('actor:update', { id: b.actorId, changes: { location: 'Depot gate' } }))).toBe('ok');
    expect((await c.call('actor:get', { id: b.actorId })).location).toBe('Depot gate');
  });

  it.each(Object.keys(readByRecord))('%s answers for a record of another incident as that incident would, and not_found for an unknown one', async (name) => {
    const { read, answer } = must(readByRecord[name], name);
    expect(await outcome(read(b))).toBe(answer);
    expect(await outcome(read(phantom))).toBe('not_found');
  });

  it('no sequence of cross-incident calls, by either commander, changes incident B', async () => {
    const cases = [
      ...Object.values(scoped).flatMap((make) => [(x: Side) => make(x, b), (x: Side) => make(x, phantom)]),
      ...Object.values(byRecord).map((make) => () => make(phantom)),
      ...ownChanges,
    ];
    const step = fc.record({ as: fc.constantFrom('a', 'b'), pick: fc.nat({ max: cases.length - 1 }) });
    const hashOfB = () => c.call('incident:stateHash', { id: b.incidentId });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        // Taken per run, so a shrunk counterexample names the calls that changed B, not an earlier run's.
        const before = await hashOfB();
        for (const s of steps) {
          signInAs(s.as === 'a' ? a : b);
          // Each call's own answer is checked above; here what counts is that none fails unexpectedly and B stays as it was.
          expect(await outcome(must(cases[s.pick], 'case')(a))).not.toBe('internal');
        }
        expect(await hashOfB()).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
