import { describe, expect, it } from 'vitest';
import { COMMANDER } from '../../fixtures/temp-store';
import { cutTime, HOUR, seededConsole } from './fixture';

describe('ICS 201 and 202, each field traced to its record', () => {
  const seeded = seededConsole();

  it('ICS 201 briefs from the situation, the priorities, the open tasks, the roster and the actors, prepared by whoever is signed in', async () => {
    const { c, s } = seeded();
    const incident = await c.call('incident:get', { id: s.incidentId });
    const form = await c.call('form:ics201', { incidentId: s.incidentId });
    expect(form).toMatchObject({ incidentId: s.incidentId, incidentName: incident.name, preparedAt: cutTime(c, s.incidentId) });
    // Each field of the incident box is the incident's field of that name.
    expect(Object.keys(form.incident).sort()).toEqual(['areaDescription', 'escalationOutlook', 'kind', 'securityRiskLevel', 'securityRiskNote', 'startedAt']);
    expect(incident).toMatchObject(form.incident);
    const current = (await c.call('period:current', { incidentId: s.incidentId })).period;
    expect(form.period).toEqual({ id: current?.id, number: 2, from: current?.startedAt, to: current?.plannedEndAt, closedAt: null });
    const priorities = await c.call('priority:list', { incidentId: s.incidentId });
    expect(form.objectives).toEqual(priorities.map((p) => ({ id: p.id, title: p.title, visibility: p.visibility })));
    // Open tasks only, the one under way first, with its owner and priority; the done one is not an action.
    const brief = await c.call('task:get', { id: s.tasks.briefId });
    expect(form.actions).toEqual({
      items: [
        { id: brief.id, title: brief.title, status: 'in progress', ownerName: 'Leila Mansour', dueAt: brief.dueAt, priorityTitle: 'Protect Eastbrook' },
        { id: s.tasks.cctvId, title: 'Collect CCTV', status: 'to do', ownerName: null, dueAt: null, priorityTitle: 'Identify the driver' },
      ],
      total: 2,
    });
    // The organisation is the roster's roles with their current holders, in the roster's order.
    const roster = await c.call('roster:get', { incidentId: s.incidentId });
    const staffed = roster.roles.filter((r) => r.assignments.some((a) => a.endedAt === null));
    expect(form.organisation.map((o) => [o.roleId, o.roleName, o.kind, o.holders.map((h) => h.name)])).toEqual(
      staffed.map((r) => [r.id, r.name, r.kind, r.assignments.filter((a) => a.endedAt === null).map((a) => a.personName)]),
    );
    expect(form.organisation.find((o) => o.kind === 'publicSafetyLead')?.holders).toEqual([{ personId: s.people.leadId, name: 'Insp. Maria Lindqvist', agency: 'Marlow Bay Police' }]);
    expect(form.resources).toEqual([
      { kind: 'police', total: 2, byStatus: [{ status: 'en route', count: 1 }, { status: 'on scene', count: 1 }, { status: 'standing by', count: 0 }, { status: 'released', count: 0 }] },
      { kind: 'medical', total: 1, byStatus: [{ status: 'en route', count: 0 }, { status: 'on scene', count: 0 }, { status: 'standing by', count: 0 }, { status: 'released', count: 1 }] },
    ]);
    expect(form.preparedBy).toEqual({ personId: s.people.commanderId, name: COMMANDER.name, positions: ['Incident commander / mayor'] });

    // Change the records: the form follows.
    await c.call('task:update', { id: s.tasks.briefId, changes: { status: 'done' } });
    await c.call('priority:move', { incidentId: s.incidentId, id: s.priorities.driver, toIndex: 0 });
    await c.call('incident:update', { id: s.incidentId, changes: { securityRiskLevel: 'critical', areaDescription: 'Riverside and Eastbrook' } });
    await c.call('actor:update', { id: s.actors.patrol9, changes: { status: 'on scene' } });
    const after = await c.call('form:ics201', { incidentId: s.incidentId });
    expect(after.actions).toEqual({ items: [expect.objectContaining({ id: s.tasks.cctvId })], total: 1 });
    expect(after.objectives.map((o) => o.title)).toEqual(['Identify the driver', 'Save life', 'Protect Eastbrook']);
    expect(after.incident).toMatchObject({ securityRiskLevel: 'critical', areaDescription: 'Riverside and Eastbrook' });
    expect(after.resources[0]?.byStatus.find((b) => b.status === 'on scene')?.count).toBe(2);
    expect(after.preparedAt).toBe(cutTime(c, s.incidentId));
  });

  it('ICS 201 for a past period shows who held each role then', async () => {
    const { c, s } = seeded();
    const roster = await c.call('roster:get', { incidentId: s.incidentId });
    const lead = roster.roles.find((r) => r.kind === 'publicSafetyLead')?.assignments.find((a) => a.personId === s.people.leadId);
    await c.call('roster:endAssignment', { incidentId: s.incidentId, id: lead?.id ?? '' });
    const now = await c.call('form:ics201', { incidentId: s.incidentId });
    expect(now.organisation.find((o) => o.kind === 'publicSafetyLead')).toBeUndefined();
    const then = await c.call('form:ics201', { incidentId: s.incidentId, periodId: s.periods.firstId });
    expect(then.period?.number).toBe(1);
    expect(then.organisation.find((o) => o.kind === 'publicSafetyLead')?.holders.map((h) => h.name)).toEqual(['Insp. Maria Lindqvist']);
  });

  it('ICS 202 takes the period’s objectives, the command emphasis, the previous handover, its lead and the commander', async () => {
    const { c, s } = seeded();
    const [first, second] = await Promise.all([s.periods.firstId, s.periods.secondId].map((id) => c.call('form:ics202', { periodId: id })));
    if (!first || !second) throw new Error('no forms');
    const { periods } = await c.call('period:list', { incidentId: s.incidentId });
    const p1 = periods.find((p) => p.number === 1);
    expect(first.period).toEqual({ id: p1?.id, number: 1, from: p1?.startedAt, to: p1?.plannedEndAt, closedAt: p1?.closedAt });
    expect(first.period.closedAt).not.toBeNull();
    // In the order the period names them, not the priorities' rank.
    expect(first.objectives).toEqual(p1?.objectives);
    expect(first.objectives.map((o) => o.title)).toEqual(['Protect Eastbrook', 'Save life']);
    expect(first.commandEmphasis).toEqual({ securityRiskLevel: 'high', securityRiskNote: 'Threats online against the Eastbrook Mosque', escalationOutlook: 'escalating' });
    expect(first.situationalAwareness).toEqual({ areaDescription: 'Riverside Quarter, Quay Street to Mill Bridge', previousHandover: null });
    expect(first.preparedBy).toEqual({ personId: s.people.leadId, name: 'Insp. Maria Lindqvist', positions: ['Public-safety lead'] });
    expect(first.approvedBy).toEqual([{ personId: s.people.commanderId, name: COMMANDER.name, agency: COMMANDER.agency }]);
    expect(second.situationalAwareness.previousHandover).toEqual({ periodNumber: 1, note: 'Friday prayers need two patrols.' });
    expect(second.preparedBy).toMatchObject({ personId: s.people.liaisonId, name: 'Leila Mansour', positions: ['Community liaison'] });
    expect(second.objectives.map((o) => o.id)).toEqual([s.priorities.life]);

    // Change the records: the form follows.
    await c.call('incident:update', { id: s.incidentId, changes: { securityRiskNote: 'Credible, not imminent', escalationOutlook: 'stable' } });
    await c.call('priority:update', { incidentId: s.incidentId, id: s.priorities.life, changes: { title: 'Save and sustain life' } });
    await c.call('roster:updatePerson', { incidentId: s.incidentId, id: s.people.commanderId, changes: { name: 'Mayor Alex Rivera' } });
    const after = await c.call('form:ics202', { periodId: s.periods.secondId });
    expect(after.commandEmphasis).toMatchObject({ securityRiskNote: 'Credible, not imminent', escalationOutlook: 'stable' });
    expect(after.objectives).toEqual([{ id: s.priorities.life, title: 'Save and sustain life' }]);
    expect(after.approvedBy.map((p) => p.name)).toEqual(['Mayor Alex Rivera']);
  });

  it('is the same form an hour later on this console’s clock when no op came in: its time is its cut', async () => {
    const { clock, c, s } = seeded();
    const form = await c.call('form:ics202', { periodId: s.periods.secondId });
    clock.advance(HOUR);
    expect(await c.call('form:ics202', { periodId: s.periods.secondId })).toEqual(form);
  });
});
