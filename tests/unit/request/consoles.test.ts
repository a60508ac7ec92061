import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityDefs } from '../../../electron/core/app/domains';
import { getRequest, listRequests } from '../../../electron/core/domains/request/read';
import { createRequest, setRequestStatus } from '../../../electron/core/domains/request/service';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import type { Op } from '../../../shared/domain/op';
import { requestCreateInput, requestListInput, requestSetStatusInput } from '../../../shared/domain/request';
import { TestClock, actAs, judgedCode, opsOf, signedChunks, tempWorkspace } from '../../fixtures/temp-store';
import { ask, openRequestTeam, type RequestTeam } from './team';

type Ws = ReturnType<typeof tempWorkspace>;
let clock: TestClock;
let origin: Ws;
let team: RequestTeam;
const open: Ws[] = [];

/** Another console holding everything `origin` holds, with the same person signed in. */
function copyOf(from: Ws, at = clock.ms): Ws {
  const ws = tempWorkspace(new TestClock(at));
  open.push(ws);
  ws.ops.applyRemote(opsOf(from, team.incidentId));
  ws.session.operator = from.session.operator;
  return ws;
}

const ownOps = (ws: Ws): Op[] => opsOf(ws, team.incidentId).filter((op) => op.deviceId === ws.device.deviceId);
const receive = (ws: Ws, from: Ws) => signedChunks(ownOps(from)).forEach((chunk) => ws.ops.applyRemote(chunk));
const numbers = (ws: Ws) =>
  listRequests(ws, requestListInput.parse({ incidentId: team.incidentId }))
    .requests.map((r) => `${r.number} ${r.what}`)
    .sort();

beforeEach(async () => {
  clock = new TestClock();
  origin = tempWorkspace(clock);
  open.push(origin);
  team = await openRequestTeam(origin);
  actAs(origin, team.incidentId, team.lead);
});
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

describe('resource requests across consoles', () => {
  it('number alike on two stores that received the requests in different orders', () => {
    const early = copyOf(origin, clock.ms + 1_000);
    const late = copyOf(origin, clock.ms + 5_000);
    createRequest(late, requestCreateInput.parse(ask(team, clock, 'Crowd barriers')));
    createRequest(early, requestCreateInput.parse(ask(team, clock, 'Arabic interpreters')));
    createRequest(early, requestCreateInput.parse(ask(team, clock, 'Camp cots')));
    // The origin hears from the later console first; a fourth console from the earlier one first.
    const fourth = copyOf(origin);
    receive(origin, late);
    receive(origin, early);
    receive(fourth, early);
    receive(fourth, late);
    const expected = ['RR-0001 Arabic interpreters', 'RR-0002 Camp cots', 'RR-0003 Crowd barriers'];
    expect(numbers(origin)).toEqual(expected);
    expect(numbers(fourth)).toEqual(expected);
    expect(stateHash(fourth.db, team.incidentId, entityDefs)).toBe(stateHash(origin.db, team.incidentId, entityDefs));
  });

  it('keep the first of two decisions taken at once on the same request, and refuse the later on every console', () => {
    const r = createRequest(origin, requestCreateInput.parse(ask(team, clock, 'Camp cots')));
    const approver = copyOf(origin, clock.ms + 1_000);
    const refuser = copyOf(origin, clock.ms + 2_000);
    actAs(approver, team.incidentId, team.mayor);
    setRequestStatus(approver, requestSetStatusInput.parse({ id: r.id, status: 'approved' }));
    actAs(refuser, team.incidentId, team.lead);
    setRequestStatus(refuser, requestSetStatusInput.parse({ id: r.id, status: 'refused', reason: 'Red Cross brings cots' }));
    expect(judgedCode(approver, team.incidentId, () => receive(approver, refuser))).toBe('invalid_input');
    // The refusal came first here: the approval, earlier in the order, takes its place once it arrives.
    receive(origin, refuser);
    expect(getRequest(origin, r.id).status).toBe('refused');
    receive(origin, approver);
    for (const ws of [origin, approver]) expect(getRequest(ws, r.id)).toMatchObject({ status: 'approved', statusBy: team.mayor, statusReason: '' });
    receive(refuser, approver);
    expect(stateHash(refuser.db, team.incidentId, entityDefs)).toBe(stateHash(origin.db, team.incidentId, entityDefs));
  });
});
