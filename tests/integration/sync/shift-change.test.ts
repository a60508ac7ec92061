import { describe, expect, it } from 'vitest';
import type { RefusedEdit } from '../../../shared/domain/refusal';
import type { Roster } from '../../../shared/domain/roster';
import type { ConsoleProcess } from './console-process';
import { convergeConsoles, pastMillisecondOf, useTestLan } from './test-lan';
import { COMMANDER } from '../../fixtures/temp-store';

/**
 * A shift change split by a pulled cable, between two real consoles (the web-host CLI, one process each, in their
 * own network namespaces): while Bravo is cut off, the commander ends a staff member's assignment on Alpha, and on
 * Bravo the staff member, still signed in, writes a note; then the commander signs in on Bravo and edits. Once the
 * cable is back, both consoles hold the same state, the commander's edit stands, and the staff member's note is a
 * refused edit, with its reason, on both. Every wait is on an event, bounded by a timeout.
 */
const CONVERGE_MS = 45_000;
const { lan, makeConsole } = useTestLan('shift');
/** The fixtures' commander PIN, under this test's name for them. */
const commander = { name: 'Dana Okafor', pin: COMMANDER.pin };
const staffPin = '2468';




/** The newest entry of a console's log: what it just wrote. */
async function newestHlc(c: ConsoleProcess, incidentId: string): Promise<string> {
  const { entries } = await c.value<{ entries: { hlc: string }[] }>('log:list', { incidentId, limit: 1 });
  const hlc = entries[0]?.hlc;
  if (!hlc) throw new Error(`${c.name} has nothing in its log`);
  return hlc;
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
    await convergeConsoles([a, b], incidentId, CONVERGE_MS);

    // The commander is signed in on both consoles; then Jo takes over Bravo with her own PIN.
    await b.value('roster:signIn', { incidentId, personId: commanderId, pin: commander.pin });
    await b.value('log:note', { incidentId, text: 'Commander on Bravo: handing over to Jo' });
    await b.value('roster:signIn', { incidentId, personId: staff.id, pin: staffPin });
    // The PIN the commander gave her signs nothing but its replacement: she sets her own (the same digits).
    await b.value('roster:setOwnPin', { incidentId, currentPin: staffPin, newPin: staffPin });
    await convergeConsoles([a, b], incidentId, CONVERGE_MS);

    // Bravo's cable is pulled. On Alpha the commander ends Jo's shift.
    lan().setLink(2, false);
    await a.value('roster:endAssignment', { incidentId, id: assignment.id });
    const endedAt = await newestHlc(a, incidentId);
    await pastMillisecondOf(endedAt);

    // On Bravo, not knowing, Jo writes a note: accepted there for now.
    const jo = await b.value<{ seq: number; deviceId: string; hlc: string }>('log:note', { incidentId, text: 'Jo: barrier moved to the Harbour Road junction' });
    expect(jo.hlc > endedAt).toBe(true);
    // Then the commander signs in on Bravo and raises the risk level.
    await b.value('roster:signIn', { incidentId, personId: commanderId, pin: commander.pin });
    await b.value('incident:update', { id: incidentId, changes: { securityRiskLevel: 'critical', securityRiskNote: 'Raised on Bravo after the handover' } });

    lan().setLink(2, true);
    const state = await convergeConsoles([a, b], incidentId, CONVERGE_MS);
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
