import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getRequestDetail, listRequests } from '../../../electron/core/domains/request/read';
import { createRequest, setRequestStatus } from '../../../electron/core/domains/request/service';
import { requestCreateInput, requestListInput, requestSetStatusInput, type RequestStatus } from '../../../shared/domain/request';
import { TestClock, actAs, codeOf, judgedCode, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { ask, openRequestTeam, type RequestTeam } from './team';

type Ws = ReturnType<typeof tempWorkspace>;
const HOUR = 3_600_000;
let clock: TestClock;
let ws: Ws;
let team: RequestTeam;
const others: Ws[] = [];

beforeEach(async () => {
  clock = new TestClock();
  ws = tempWorkspace(clock);
  team = await openRequestTeam(ws);
  actAs(ws, team.incidentId, team.lead);
});
afterEach(() => {
  ws.close();
  for (const o of others.splice(0)) o.close();
});

const create = (what: string, hours = 6) => createRequest(ws, requestCreateInput.parse(ask(team, clock, what, hours)));
const step = (id: string, status: Exclude<RequestStatus, 'requested'>, reason = '') => setRequestStatus(ws, requestSetStatusInput.parse({ id, status, reason }));
const as = (person: string) => actAs(ws, team.incidentId, person);
const list = (input: object = {}) => listRequests(ws, requestListInput.parse({ incidentId: team.incidentId, ...input }));

describe('resource requests', () => {
  it('stamps the signed-in requester, numbers requests in order and lists them needed-by soonest first', () => {
    const cots = create('Camp cots', 6);
    expect(cots).toMatchObject({ number: 'RR-0001', status: 'requested', requestedBy: team.lead, requesterName: 'Jo Park', statusBy: team.lead, statusReason: '', note: '' });
    expect(cots.priorityTitle).toBe('Shelter the Linden Street families');
    clock.advance(60_000);
    as(team.staff);
    const interpreters = create('Arabic interpreters', 2);
    expect(interpreters.number).toBe('RR-0002');
    expect(list().requests.map((r) => r.number)).toEqual(['RR-0002', 'RR-0001']);
    expect(list({ statuses: ['approved'] }).requests).toEqual([]);
  });

  it('flags open requests past their needed-by time as of the now the caller gives, or the console’s clock', () => {
    const soon = create('Crowd barriers', 1);
    create('Blankets', 10);
    const later = new Date(clock.ms + 2 * HOUR).toISOString();
    expect(list().overdue).toBe(0);
    expect(list({ now: later })).toMatchObject({ open: 2, overdue: 1 });
    expect(list({ now: later }).requests[0]).toMatchObject({ id: soon.id, overdue: true });
    clock.advance(2 * HOUR);
    expect(list().overdue).toBe(1);
    // An arrived request is late no more: it is not open.
    as(team.mayor);
    step(soon.id, 'approved');
    step(soon.id, 'ordered');
    step(soon.id, 'arrived');
    expect(list()).toMatchObject({ open: 1, overdue: 0 });
  });

  it('goes requested → approved → ordered → arrived, each step stamped with who and when, in the 213RR history', () => {
    const r = create('Camp cots');
    clock.advance(10 * 60_000);
    as(team.mayor);
    expect(step(r.id, 'approved')).toMatchObject({ status: 'approved', statusBy: team.mayor, statusByName: 'Mayor Ana Ruiz', statusAt: new Date(clock.ms).toISOString() });
    clock.advance(10 * 60_000);
    as(team.staff);
    step(r.id, 'ordered');
    clock.advance(HOUR);
    step(r.id, 'arrived');
    const detail = getRequestDetail(ws, r.id);
    expect(detail).toMatchObject({ incidentName: 'Attack at the Central Mosque', requesterName: 'Jo Park', requesterPosition: 'Public-safety lead', number: 'RR-0001' });
    expect(detail.history.map((s) => [s.status, s.statusByName])).toEqual([
      ['requested', 'Jo Park'],
      ['approved', 'Mayor Ana Ruiz'],
      ['ordered', 'Ravi Patel'],
      ['arrived', 'Ravi Patel'],
    ]);
    expect(detail.history[3]?.statusAt).toBe(new Date(clock.ms).toISOString());
  });

  it('leaves approving and refusing to approvers, and refuses a refusal without its reason', () => {
    const r = create('Camp cots');
    as(team.staff);
    expect(codeOf(() => step(r.id, 'approved'))).toBe('forbidden');
    expect(codeOf(() => step(r.id, 'refused', 'Not needed'))).toBe('forbidden');
    as(team.lead);
    expect(codeOf(() => step(r.id, 'refused'))).toBe('invalid_input');
    expect(step(r.id, 'refused', 'The Red Cross brings 60 cots at 17:00')).toMatchObject({ status: 'refused', statusReason: 'The Red Cross brings 60 cots at 17:00' });
    expect(getRequestDetail(ws, r.id).history.at(-1)).toMatchObject({ status: 'refused', statusByName: 'Jo Park', statusReason: 'The Red Cross brings 60 cots at 17:00' });
  });

  it('refuses every step the lifecycle does not have, and changes nothing', () => {
    const r = create('Camp cots');
    as(team.mayor);
    const illegal: [RequestStatus[], Exclude<RequestStatus, 'requested'>][] = [
      [[], 'ordered'],
      [[], 'arrived'],
      [['approved'], 'approved'],
      [['approved'], 'refused'],
      [['approved'], 'arrived'],
      [['approved', 'ordered'], 'approved'],
    ];
    for (const [path, to] of illegal) {
      const fresh = create('Bottled water');
      for (const s of path) if (s !== 'requested') step(fresh.id, s);
      expect(codeOf(() => step(fresh.id, to, 'why not')), [...path, to].join(' → ')).toBe('invalid_input');
    }
    step(r.id, 'refused', 'Duplicate of RR-0002');
    for (const to of ['approved', 'ordered', 'cancelled'] as const) expect(codeOf(() => step(r.id, to, 'again'))).toBe('invalid_input');
    expect(getRequestDetail(ws, r.id).history.map((s) => s.status)).toEqual(['requested', 'refused']);
  });

  it('lets requesters withdraw their own open requests, anyone else’s cancellation takes an approver, always with a reason', () => {
    as(team.staff);
    const own = create('Folding tables');
    expect(codeOf(() => step(own.id, 'cancelled'))).toBe('invalid_input');
    expect(step(own.id, 'cancelled', 'The school lends its tables')).toMatchObject({ status: 'cancelled' });
    as(team.lead);
    const leads = create('Floodlights');
    as(team.staff);
    expect(codeOf(() => step(leads.id, 'cancelled', 'Not needed'))).toBe('forbidden');
    as(team.mayor);
    step(leads.id, 'approved');
    step(leads.id, 'ordered');
    expect(step(leads.id, 'cancelled', 'Council depot had them')).toMatchObject({ status: 'cancelled', statusBy: team.mayor });
  });

  it('is refused to an observer, keeps what was asked once sent, and is never deleted', () => {
    const r = create('Camp cots');
    as(team.observer);
    expect(codeOf(() => create('Tea urns'))).toBe('forbidden');
    as(team.mayor);
    const edit = { entity: 'resourceRequest', entityId: r.id, action: 'set', fields: { quantity: 400 } } as const;
    expect(codeOf(() => ws.ops.commit(team.incidentId, ws.author(), [edit]))).toBe('invalid_input');
    expect(codeOf(() => ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'resourceRequest', entityId: r.id, action: 'delete', fields: {} }]))).toBe('invalid_input');
    expect(list().requests).toHaveLength(1);
    expect(getRequestDetail(ws, r.id).quantity).toBe(40);
  });

  it('refuses a priority this incident does not have, or a quantity that is not a positive whole number', () => {
    expect(requestCreateInput.safeParse({ ...ask(team, clock, 'Cots'), quantity: 0 }).success).toBe(false);
    expect(requestCreateInput.safeParse({ ...ask(team, clock, 'Cots'), quantity: 2.5 }).success).toBe(false);
    expect(codeOf(() => createRequest(ws, requestCreateInput.parse({ ...ask(team, clock, 'Cots'), priorityId: crypto.randomUUID() })))).toBe('not_found');
  });

  it('refuses a request in someone else’s name, here and from a peer whose console let it through', () => {
    const now = new Date(clock.ms).toISOString();
    const { incidentId: _incident, ...asked } = requestCreateInput.parse(ask(team, clock, 'Camp cots'));
    const forged = { ...asked, note: '', requestedBy: team.mayor, status: 'requested', statusBy: team.lead, statusAt: now, statusReason: '', createdAt: now } as const;
    const add = { entity: 'resourceRequest', entityId: crypto.randomUUID(), action: 'add', fields: forged } as const;
    expect(codeOf(() => ws.ops.commit(team.incidentId, ws.author(), [add]))).toBe('forbidden');
    const peer = tempWorkspace(new TestClock(clock.ms));
    others.push(peer);
    peer.ops.applyRemote(opsOf(ws, team.incidentId));
    peer.session.operator = ws.session.operator;
    peer.ops.judge.rulesOff = true;
    peer.ops.commit(team.incidentId, peer.author(), [add]);
    // A step stamped with someone else's name is refused too.
    const r = create('Blankets');
    const stamped = { status: 'cancelled', statusBy: team.mayor, statusAt: now, statusReason: 'forged' } as const;
    expect(codeOf(() => ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'resourceRequest', entityId: r.id, action: 'set', fields: stamped }]))).toBe('forbidden');
    expect(judgedCode(ws, team.incidentId, () => ws.ops.applyRemote(opsOf(peer, team.incidentId)))).toBe('forbidden');
    expect(list().requests.map((x) => x.what)).toEqual(['Blankets']);
  });
});
