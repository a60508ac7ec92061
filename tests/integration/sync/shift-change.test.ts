import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import type { RefusedEdit } from '../../../shared/domain/refusal';
import type { Roster } from '../../../shared/domain/roster';
import { decodeHlc } from '../../../electron/core/ops/hlc';
import { ConsoleProcess } from './console-process';
import { converged, type StateHash } from './converge';
import { TestLan } from './netns';

/**
 * A shift change split by a pulled cable, between two real consoles (the web-host CLI, one process each, in their
 * own network namespaces): while Bravo is cut off, the commander ends a staff member's assignment on Alpha, and on
 * Bravo the staff member, still signed in, writes a note; then the commander signs in on Bravo and edits. Once the
 * cable is back, both consoles hold the same state, the commander's edit stands, and the staff member's note is a
 * refused edit, with its reason, on both. Every wait is on an event, bounded by a timeout.
 */
const CONVERGE_MS = 45_000;
const commander = { name: 'Dana Okafor', pin: '482615' };
const staffPin = '2468';

let lan: TestLan;
let root: string;
const consoles: ConsoleProcess[] = [];

beforeAll(() => {
  lan = new TestLan();
  root = mkdtempSync(join(tmpdir(), 'concord-shift-'));
});

afterAll(async () => {
  await Promise.all(consoles.map((c) => c.close()));
  lan?.destroy();
  if (root) rmSync(root, { recursive: true, force: true });
});

function makeConsole(n: number, name: string): ConsoleProcess {
  const { ns, address } = lan.addHost(n);
  const dataDir = join(root, name);
  mkdirSync(dataDir);
  const c = new ConsoleProcess(name, ns, address, dataDir);
  consoles.push(c);
  return c;
}

/** Resolves when both consoles answer the same state hash, re-checked on every event either pushes. */
async function converge(group: ConsoleProcess[], incidentId: string): Promise<StateHash> {
  const sockets: WebSocket[] = await Promise.all(group.map((c) => c.events()));
  try {
    return await converged(
      () =>
        Promise.all(
          group.map(async (c) => {
            const r = await c.call('incident:stateHash', { id: incidentId });
            return r.ok ? (r.value as StateHash) : null;
          }),
        ),
      (recheck) => {
        for (const s of sockets) s.on('message', recheck);
        return () => {
          for (const s of sockets) s.off('message', recheck);
        };
      },
      CONVERGE_MS,
    );
  } finally {
    for (const s of sockets) s.close();
  }
}

/** The newest entry of a console's log: what it just wrote. */
async function newestHlc(c: ConsoleProcess, incidentId: string): Promise<string> {
  const { entries } = await c.value<{ entries: { hlc: string }[] }>('log:list', { incidentId, limit: 1 });
  const hlc = entries[0]?.hlc;
  if (!hlc) throw new Error(`${c.name} has nothing in its log`);
  return hlc;
}

/**
 * Both consoles read one system clock, so an edit made after another has returned is stamped at or after it; this
 * waits out the rest of the millisecond the earlier one was stamped in (there is no event for a clock's tick), so the
 * later edit sorts after it whatever the logical counters say.
 */
async function pastMillisecondOf(hlc: string): Promise<void> {
  const wall = decodeHlc(hlc).wall;
  const wait = wall - Date.now() + 1;
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

describe('a shift change split by a pulled cable', () => {
  it('ends on one state on both consoles: the commander’s later edit stands, the staff member’s edit is refused with its reason', { timeout: 90_000 }, async () => {
    const a = makeConsole(1, 'alpha');
    const b = makeConsole(2, 'bravo');
    await Promise.all([a.start(), b.start()]);

    // Alpha opens the incident (its commander is signed in there) and staffs it; Bravo joins by code.
    const { id: incidentId } = await a.value<{ id: string }>('incident:create', { name: 'Harbour Road', kind: 'hate-motivated attack', mode: 'exercise', commander });
    const roster = await a.value<Roster>('roster:get', { incidentId });
    const staffRole = roster.roles.find((r) => r.kind === 'operationsStaff');
    const commanderId = roster.people.find((p) => p.name === commander.name)?.id;
    if (!staffRole || !commanderId) throw new Error('the new incident has no operations staff role or no commander');
    const staff = await a.value<{ id: string }>('roster:addPerson', { incidentId, name: 'Jo Staff', pin: staffPin });
    const assigned = await a.value<Roster>('roster:assign', { incidentId, personId: staff.id, roleId: staffRole.id });
    const assignment = assigned.roles.flatMap((r) => r.assignments).find((x) => x.personId === staff.id);
    if (!assignment) throw new Error('Jo was not assigned');
    const { code } = await a.value<{ code: string }>('sync:joinCode', { incidentId });
    await b.value('sync:join', { code });
    await converge([a, b], incidentId);

    // The commander is signed in on both consoles; then Jo takes over Bravo with her own PIN.
    await b.value('operator:signIn', { incidentId, personId: commanderId, pin: commander.pin });
    await b.value('log:note', { incidentId, text: 'Commander on Bravo: handing over to Jo' });
    await b.value('operator:signIn', { incidentId, personId: staff.id, pin: staffPin });
    await converge([a, b], incidentId);

    // Bravo's cable is pulled. On Alpha the commander ends Jo's shift.
    lan.setLink(2, false);
    await a.value('roster:endAssignment', { incidentId, id: assignment.id });
    const endedAt = await newestHlc(a, incidentId);
    await pastMillisecondOf(endedAt);

    // On Bravo, not knowing, Jo writes a note: accepted there for now.
    const jo = await b.value<{ seq: number; deviceId: string; hlc: string }>('log:note', { incidentId, text: 'Jo: barrier moved to the Harbour Road junction' });
    expect(jo.hlc > endedAt).toBe(true);
    // Then the commander signs in on Bravo and raises the risk level.
    await b.value('operator:signIn', { incidentId, personId: commanderId, pin: commander.pin });
    await b.value('incident:update', { id: incidentId, changes: { securityRiskLevel: 'critical', securityRiskNote: 'Raised on Bravo after the handover' } });

    lan.setLink(2, true);
    const state = await converge([a, b], incidentId);
    expect(state.ops).toBeGreaterThan(0);

    for (const c of [a, b]) {
      const incident = await c.value<{ securityRiskLevel: string; securityRiskNote: string }>('incident:get', { id: incidentId });
      expect(incident, `${c.name} holds the commander's later edit`).toMatchObject({ securityRiskLevel: 'critical', securityRiskNote: 'Raised on Bravo after the handover' });
    }
    const refusals = await Promise.all([a, b].map((c) => c.value<{ entries: RefusedEdit[]; total: number }>('refusal:list', { incidentId })));
    for (const [i, list] of refusals.entries()) {
      expect(list.total, `${[a, b][i]?.name ?? ''} lists one refused edit`).toBe(1);
      expect(list.entries[0]).toMatchObject({ deviceId: jo.deviceId, seq: jo.seq, author: staff.id, entity: 'logNote', code: 'forbidden' });
      expect(list.entries[0]?.reason).toMatch(/Jo Staff holds no role/);
    }
    expect(refusals[0]?.entries.map((e) => [e.deviceId, e.seq, e.reason])).toEqual(refusals[1]?.entries.map((e) => [e.deviceId, e.seq, e.reason]));
  });
});
