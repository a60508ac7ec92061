import { afterEach, describe, expect, it } from 'vitest';
import { actions, mayAct, roleKinds, type Action, type RoleKind } from '../../../shared/rules/permissions';
import { entityDefs } from '../../../electron/core/app/domains';
import { recordDecision } from '../../../electron/core/domains/decision/service';
import { updateIncident } from '../../../electron/core/domains/incident/service';
import { writeNote } from '../../../electron/core/domains/log/service';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { addPriority, movePriority, removePriority, updatePriority } from '../../../electron/core/domains/priority/service';
import { addPerson, addRole, assign, checkIn, endAssignment, setPin, updatePerson, updateRole } from '../../../electron/core/domains/roster/service';
import type { Workspace } from '../../../electron/core/kernel/store/workspace';
import { ConcordError } from '../../../shared/result';
import { TestClock, judgedCode, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { actAs, codeOf, openIncident, roleIdOf, staff } from './helpers';

/** The typed error code `fn` throws or rejects with, or null when it succeeds: some methods derive a key first. */
const codeOfAsync = async (fn: () => unknown): Promise<string | null> => {
  try {
    await fn();
    return null;
  } catch (e) {
    return e instanceof ConcordError ? e.code : `not a ConcordError: ${String(e)}`;
  }
};

interface Ctx {
  incidentId: string;
  other: string;
  otherAssignment: string;
  priorityId: string;
  ownRole: string;
}

/** Every method that writes, the action the permission table must grant for it, and how to call it. */
const guarded: { method: string; action: Action; run: (ws: Workspace, c: Ctx) => unknown }[] = [
  { method: 'incident:update', action: 'editSituation', run: (ws, c) => updateIncident(ws, c.incidentId, { securityRiskNote: `note ${Math.random()}` }) },
  { method: 'incident:update withheldNames', action: 'withholdNames', run: (ws, c) => updateIncident(ws, c.incidentId, { withheldNames: [`Suspect ${Math.random()}`] }) },
  { method: 'log:note', action: 'postUpdates', run: (ws, c) => writeNote(ws, c.incidentId, 'cordon holds') },
  { method: 'roster:checkIn', action: 'postUpdates', run: (ws, c) => checkIn(ws, { incidentId: c.incidentId, roleId: c.ownRole, note: 'all quiet' }) },
  { method: 'roster:addPerson', action: 'manageRoster', run: (ws, c) => addPerson(ws, { incidentId: c.incidentId, name: 'Sam Okafor' }) },
  { method: 'roster:updatePerson', action: 'manageRoster', run: (ws, c) => updatePerson(ws, { incidentId: c.incidentId, id: c.other, changes: { contact: '555-0100' } }) },
  { method: 'roster:setPin', action: 'manageRoster', run: (ws, c) => setPin(ws, { incidentId: c.incidentId, personId: c.other, pin: '9999' }) },
  { method: 'roster:addRole', action: 'manageRoster', run: (ws, c) => addRole(ws, { incidentId: c.incidentId, name: 'Logistics', kind: 'operationsStaff' }) },
  { method: 'roster:updateRole', action: 'manageRoster', run: (ws, c) => updateRole(ws, { incidentId: c.incidentId, id: roleIdOf(ws, c.incidentId, 'observer'), changes: { decides: 'Nothing' } }) },
  {
    method: 'roster:assign',
    action: 'manageRoster',
    run: (ws, c) => assign(ws, { incidentId: c.incidentId, personId: c.other, roleId: roleIdOf(ws, c.incidentId, 'communityLiaison'), shiftStart: null, shiftEnd: null }),
  },
  { method: 'priority:add', action: 'setPriorities', run: (ws, c) => addPriority(ws, { incidentId: c.incidentId, title: 'Protect the mosque' }) },
  { method: 'priority:update', action: 'setPriorities', run: (ws, c) => updatePriority(ws, { incidentId: c.incidentId, id: c.priorityId, changes: { visibility: 'public' } }) },
  { method: 'priority:move', action: 'setPriorities', run: (ws, c) => movePriority(ws, { incidentId: c.incidentId, id: c.priorityId, toIndex: 1 }) },
  {
    method: 'decision:record',
    action: 'decide',
    run: (ws, c) => recordDecision(ws, { incidentId: c.incidentId, what: 'Close Elm Street', why: 'second device', priorityIds: [c.priorityId], noPriorityReason: '' }),
  },
  { method: 'roster:endAssignment', action: 'manageRoster', run: (ws, c) => endAssignment(ws, { incidentId: c.incidentId, id: c.otherAssignment }) },
  { method: 'priority:remove', action: 'setPriorities', run: (ws, c) => removePriority(ws, { incidentId: c.incidentId, id: c.priorityId }) },
];

const open: { close: () => void }[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});
const consoleOn = (clock: TestClock, encrypted = true) => {
  const ws = tempWorkspace(clock, encrypted);
  open.push(ws);
  return ws;
};

/** An incident with one person in every seeded role, a person to act on, and two priorities. */
async function fixture(a: Workspace) {
  const { incidentId, commanderId } = await openIncident(a);
  const holders = {} as Record<RoleKind, string>;
  for (const kind of roleKinds) holders[kind] = kind === 'commander' ? commanderId : await staff(a, incidentId, kind, `Holder ${kind}`);
  const other = await staff(a, incidentId, 'observer', 'Pat Other');
  const otherAssignment = a.db.prepare('SELECT id FROM assignments WHERE person_id = ?').get(other) as { id: string };
  const [first] = addPriority(a, { incidentId, title: 'Life safety' });
  addPriority(a, { incidentId, title: 'Prevent backlash' });
  return { holders, ctx: (kind: RoleKind): Ctx => ({ incidentId, other, otherAssignment: otherAssignment.id, priorityId: first?.id ?? '', ownRole: roleIdOf(a, incidentId, kind) }) };
}

describe('the permission table, enforced when an op is applied', () => {
  it('grants observers nothing and the incident commander everything', () => {
    expect(actions.filter((action) => mayAct(['observer'], action))).toEqual([]);
    expect(actions.every((action) => mayAct(['commander'], action))).toBe(true);
  });

  for (const kind of roleKinds) {
    it(`${kind}: every guarded method, called on this console, is allowed exactly as the table says`, async () => {
      const a = consoleOn(new TestClock());
      const { holders, ctx } = await fixture(a);
      actAs(a, ctx(kind).incidentId, holders[kind]);
      for (const c of guarded) {
        const before = stateHash(a.db, ctx(kind).incidentId, entityDefs);
        const code = await codeOfAsync(() => c.run(a, ctx(kind)));
        const allowed = mayAct([kind], c.action);
        expect({ method: c.method, code }).toEqual({ method: c.method, code: allowed ? null : 'forbidden' });
        if (!allowed) expect(stateHash(a.db, ctx(kind).incidentId, entityDefs), `${c.method} changed nothing`).toBe(before);
      }
    });

    it(`${kind}: every guarded method, arriving as a remote op, is applied or refused exactly as the table says`, async () => {
      const clock = new TestClock();
      const a = consoleOn(clock);
      const { holders, ctx } = await fixture(a);
      for (const c of guarded) {
        const c0 = ctx(kind);
        // A peer running other code: it signs whatever its operator asks, so the receiver must refuse it.
        const b = consoleOn(new TestClock(clock.ms), false);
        b.ops.applyRemote(opsOf(a, c0.incidentId));
        b.ops.judge.rulesOff = true;
        actAs(b, c0.incidentId, holders[kind]);
        await c.run(b, c0);
        const before = stateHash(a.db, c0.incidentId, entityDefs, 'records');
        // Kept and relayed (the op is authentic), but refused by the judge: listed with its reason, never applied.
        const code = judgedCode(a, c0.incidentId, () => a.ops.applyRemote(opsOf(b, c0.incidentId)));
        const allowed = mayAct([kind], c.action);
        expect({ method: c.method, code }).toEqual({ method: c.method, code: allowed ? null : 'forbidden' });
        if (!allowed) expect(stateHash(a.db, c0.incidentId, entityDefs, 'records'), `${c.method} changed nothing`).toBe(before);
      }
    });
  }

  it('answers forbidden, saying to sign in, when nobody is signed in', async () => {
    const a = consoleOn(new TestClock());
    const { incidentId } = await openIncident(a);
    a.session.operator = null;
    expect(() => writeNote(a, incidentId, 'anyone?')).toThrow(/Sign in/);
  });

  it('stops granting a role once its assignment is ended, and only from then on', async () => {
    const clock = new TestClock();
    const a = consoleOn(clock);
    const { incidentId, commanderId } = await openIncident(a);
    const lead = await staff(a, incidentId, 'publicSafetyLead', 'Jo Lead');
    actAs(a, incidentId, lead);
    updateIncident(a, incidentId, { securityRiskLevel: 'high' });
    actAs(a, incidentId, commanderId);
    const assignment = a.db.prepare('SELECT id FROM assignments WHERE person_id = ?').get(lead) as { id: string };
    endAssignment(a, { incidentId, id: assignment.id });
    actAs(a, incidentId, lead);
    expect(codeOf(() => updateIncident(a, incidentId, { securityRiskLevel: 'critical' }))).toBe('forbidden');
    // A second console replays the whole history: the lead's earlier change is still allowed there.
    const b = consoleOn(new TestClock(clock.ms), false);
    expect(b.ops.applyRemote(opsOf(a, incidentId))).toBe(a.ops.opCount(incidentId));
    expect(stateHash(b.db, incidentId, entityDefs)).toBe(stateHash(a.db, incidentId, entityDefs));
  });
});
