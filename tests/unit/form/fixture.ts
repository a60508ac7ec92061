import { afterEach, beforeEach } from 'vitest';
import type { RoleKind } from '../../../shared/rules/permissions';
import { addPerson, assign } from '../../../electron/core/domains/roster/service';
import { readRoster } from '../../../electron/core/domains/roster/read';
import { opHistory } from '../../../electron/core/kernel/query/op-history';
import { HybridClock } from '../../../electron/core/kernel/ops/hlc';
import { actAs, COMMANDER, giveKey, rememberSigner, TestClock, tempConcord } from '../../fixtures/temp-store';

export type Console = Awaited<ReturnType<typeof tempConcord>>;
export const HOUR = 3_600_000;

export const wsOf = (c: Console) => c.concord.store.current();

/** The time a form must say it was prepared at: the newest op's, whatever the console's clock says. */
export const cutTime = (c: Console, incidentId: string): string => HybridClock.toIso(opHistory(wsOf(c).db).newestHlc(incidentId) ?? '');

/**
 * An incident with the records the forms read, by what they stand for: the roster (a commander, a public-safety
 * lead, a community liaison and an observer, with their agencies), three priorities, tasks in every state, actors,
 * and two periods, each with log notes written by the people in them.
 */
export async function seedForms(c: Console, clock: TestClock) {
  const ws = wsOf(c);
  const at = (h: number) => new Date(clock.now() + h * HOUR).toISOString();
  const incident = await c.call('incident:create', {
    name: 'Riverside Winter Market attack',
    kind: 'hate-motivated attack',
    mode: 'exercise',
    areaDescription: 'Riverside Quarter, Quay Street to Mill Bridge',
    securityRiskLevel: 'high',
    securityRiskNote: 'Threats online against the Eastbrook Mosque',
    escalationOutlook: 'escalating',
    commander: COMMANDER,
  });
  const incidentId = incident.id;
  const commanderId = ws.session.operator?.personId ?? '';
  rememberSigner(ws);
  const roleOf = (kind: RoleKind) => readRoster(ws, incidentId).roles.find((r) => r.kind === kind)?.id ?? '';
  const staff = async (kind: RoleKind, name: string, agency: string) => {
    const person = await addPerson(ws, { incidentId, name, agency });
    giveKey(ws, incidentId, person.id);
    assign(ws, { incidentId, personId: person.id, roleId: roleOf(kind), shiftStart: null, shiftEnd: null });
    return person.id;
  };
  const people = {
    commanderId,
    leadId: await staff('publicSafetyLead', 'Insp. Maria Lindqvist', 'Marlow Bay Police'),
    liaisonId: await staff('communityLiaison', 'Leila Mansour', 'Community Cohesion Team'),
    observerId: await staff('observer', 'Olu Bakare', 'Regional coordination cell'),
  };
  const list = await c.call('priority:add', { incidentId, title: 'Save life', visibility: 'public' });
  await c.call('priority:add', { incidentId, title: 'Protect Eastbrook', visibility: 'public' });
  const all = await c.call('priority:add', { incidentId, title: 'Identify the driver', visibility: 'internal' });
  const [life, protect, driver] = all.map((p) => p.id);
  if (!life || !protect || !driver || list.length !== 1) throw new Error('priorities not added');
  const tasks = {
    briefId: (await c.call('task:create', { incidentId, title: 'Brief the imam', priorityId: protect, ownerId: people.liaisonId, status: 'in progress', dueAt: at(2) })).id,
    cctvId: (await c.call('task:create', { incidentId, title: 'Collect CCTV', priorityId: driver })).id,
    cordonId: (await c.call('task:create', { incidentId, title: 'Close the cordon', priorityId: life, ownerId: people.leadId, status: 'done' })).id,
  };
  const actors = {
    patrol7: (await c.call('actor:create', { incidentId, kind: 'police', name: 'Patrol 7', role: 'Mosque patrol', status: 'on scene' })).actor.id,
    patrol9: (await c.call('actor:create', { incidentId, kind: 'police', name: 'Patrol 9', status: 'en route' })).actor.id,
    ambulance: (await c.call('actor:create', { incidentId, kind: 'medical', name: 'Ambulance 3', status: 'released' })).actor.id,
  };
  clock.advance(HOUR);
  const first = await c.call('period:start', { incidentId, plannedEndAt: at(12), objectiveIds: [protect, life], leadId: people.leadId });
  clock.advance(HOUR);
  actAs(ws, incidentId, people.leadId);
  await c.call('log:note', { incidentId, text: 'Cordon holds from Quay Street to Mill Bridge' });
  actAs(ws, incidentId, people.liaisonId);
  await c.call('log:note', { incidentId, text: 'Mosque committee told before the press' });
  actAs(ws, incidentId, commanderId);
  await c.call('period:handover', { id: first.id, handoverNote: 'Friday prayers need two patrols.' });
  await c.call('sitrep:generate', { periodId: first.id });
  clock.advance(HOUR);
  const second = await c.call('period:start', { incidentId, plannedEndAt: at(12), objectiveIds: [life], leadId: people.liaisonId });
  clock.advance(HOUR);
  actAs(ws, incidentId, people.leadId);
  await c.call('log:note', { incidentId, text: 'Patrols doubled at the mosque' });
  actAs(ws, incidentId, commanderId);
  return { incidentId, people, priorities: { life, protect, driver }, tasks, actors, periods: { firstId: first.id, secondId: second.id }, roleOf };
}

export type Seeded = Awaited<ReturnType<typeof seedForms>>;
export { actAs, TestClock, tempConcord };

/** Gives each test of a suite its own console with the seeded records, closed after it: call the answer inside a test. */
export function seededConsole(): () => { clock: TestClock; c: Console; s: Seeded } {
  let current: { clock: TestClock; c: Console; s: Seeded } | null = null;
  beforeEach(async () => {
    const clock = new TestClock();
    const c = await tempConcord(clock);
    current = { clock, c, s: await seedForms(c, clock) };
  });
  afterEach(() => {
    current?.c.close();
    current = null;
  });
  return () => {
    if (!current) throw new Error('the seeded console exists only inside a test');
    return current;
  };
}
