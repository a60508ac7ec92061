import { describe, expect, it } from 'vitest';
import { roleKinds } from '../../../shared/rules/permissions';
import { ICS214_MAX_ROWS } from '../../../shared/domain/form';
import { COMMANDER, opsOf } from '../../fixtures/temp-store';
import { actAs, cutTime, HOUR, seedForms, seededConsole, TestClock, tempConcord, wsOf } from './fixture';

describe('ICS 203 and 214, each field traced to its record', () => {
  const seeded = seededConsole();

  it('ICS 203 lists, per kind of role, who held one during the period with their agency, and the actors still deployed', async () => {
    const { c, s } = seeded();
    const form = await c.call('form:ics203', { periodId: s.periods.firstId });
    expect(form.preparedAt).toBe(cutTime(c, s.incidentId));
    expect(form.period.number).toBe(1);
    expect(form.sections.map((x) => x.kind)).toEqual([...roleKinds]);
    const roster = await c.call('roster:get', { incidentId: s.incidentId });
    const names = Object.fromEntries(form.sections.map((x) => [x.kind, x.members.map((m) => [m.personId, m.name, m.agency, m.roleId, m.roleName])]));
    expect(names).toEqual({
      commander: [[s.people.commanderId, COMMANDER.name, COMMANDER.agency, s.roleOf('commander'), 'Incident commander / mayor']],
      spokesperson: [],
      publicSafetyLead: [[s.people.leadId, 'Insp. Maria Lindqvist', 'Marlow Bay Police', s.roleOf('publicSafetyLead'), 'Public-safety lead']],
      communityLiaison: [[s.people.liaisonId, 'Leila Mansour', 'Community Cohesion Team', s.roleOf('communityLiaison'), 'Community liaison']],
      operationsStaff: [],
      observer: [[s.people.observerId, 'Olu Bakare', 'Regional coordination cell', s.roleOf('observer'), 'Observer']],
    });
    // Released actors are no longer represented on the ground.
    expect(form.agencyRepresentatives).toEqual({
      items: [
        { id: s.actors.patrol7, name: 'Patrol 7', kind: 'police', role: 'Mosque patrol', status: 'on scene' },
        { id: s.actors.patrol9, name: 'Patrol 9', kind: 'police', role: '', status: 'en route' },
      ],
      total: 2,
    });
    expect(form.preparedBy).toEqual({ personId: s.people.commanderId, name: COMMANDER.name, positions: ['Incident commander / mayor'] });

    // Change the records: the form follows. An assignment ended before period 2 started leaves period 2's list only.
    await c.call('roster:updatePerson', { incidentId: s.incidentId, id: s.people.leadId, changes: { agency: 'Marlow Bay Police, Eastbrook station' } });
    const lead = roster.roles.find((r) => r.kind === 'publicSafetyLead')?.assignments[0];
    await c.call('roster:endAssignment', { incidentId: s.incidentId, id: lead?.id ?? '' });
    await c.call('actor:update', { id: s.actors.patrol9, changes: { status: 'released' } });
    const first = await c.call('form:ics203', { periodId: s.periods.firstId });
    expect(first.sections.find((x) => x.kind === 'publicSafetyLead')?.members.map((m) => m.agency)).toEqual(['Marlow Bay Police, Eastbrook station']);
    expect(first.agencyRepresentatives).toMatchObject({ items: [{ id: s.actors.patrol7 }], total: 1 });
    // Period 2 is open: the lead held the role during it until now, so they stay on its list.
    const second = await c.call('form:ics203', { periodId: s.periods.secondId });
    expect(second.sections.find((x) => x.kind === 'publicSafetyLead')?.members).toHaveLength(1);
  });

  it('ICS 214 of a person lists what they wrote during the period, oldest first, each with its log line', async () => {
    const { c, s } = seeded();
    const first = await c.call('form:ics214', { periodId: s.periods.firstId, personId: s.people.leadId });
    expect(first.subject).toEqual({ personId: s.people.leadId, roleId: null, names: ['Insp. Maria Lindqvist'], positions: ['Public-safety lead'], agencies: ['Marlow Bay Police'] });
    expect(first.activities.map((a) => a.summary)).toEqual(['Note: Cordon holds from Quay Street to Mill Bridge']);
    // The line is the log's own entry for that op.
    const { entries } = await c.call('log:list', { incidentId: s.incidentId, entities: ['logNote'] });
    const logged = entries.find((e) => e.entityId === first.activities[0]?.entityId);
    expect(first.activities[0]).toEqual({ hlc: logged?.hlc, at: logged?.at, authorName: 'Insp. Maria Lindqvist', summary: logged?.summary, entity: 'logNote', entityId: logged?.entityId });
    expect(first.total).toBe(1);
    const second = await c.call('form:ics214', { periodId: s.periods.secondId, personId: s.people.leadId });
    expect(second.activities.map((a) => a.summary)).toEqual(['Note: Patrols doubled at the mosque']);

    // A new entry of theirs joins the open period's log; someone else's does not.
    actAs(wsOf(c), s.incidentId, s.people.leadId);
    await c.call('log:note', { incidentId: s.incidentId, text: 'Vigil route walked with the stewards' });
    actAs(wsOf(c), s.incidentId, s.people.liaisonId);
    await c.call('log:note', { incidentId: s.incidentId, text: 'Linden Street visited' });
    const after = await c.call('form:ics214', { periodId: s.periods.secondId, personId: s.people.leadId });
    expect(after.activities.map((a) => a.summary)).toEqual(['Note: Patrols doubled at the mosque', 'Note: Vigil route walked with the stewards']);
    expect(after.preparedBy).toMatchObject({ personId: s.people.liaisonId, name: 'Leila Mansour' });
  });

  it('ICS 214 of a position lists what each holder wrote while they held it', async () => {
    const { clock, c, s } = seeded();
    const ws = wsOf(c);
    const roleId = s.roleOf('communityLiaison');
    const form = await c.call('form:ics214', { periodId: s.periods.firstId, roleId });
    expect(form.subject).toEqual({ personId: null, roleId, names: ['Leila Mansour'], positions: ['Community liaison'], agencies: ['Community Cohesion Team'] });
    expect(form.activities.map((a) => [a.authorName, a.summary])).toEqual([['Leila Mansour', 'Note: Mosque committee told before the press']]);
    // The lead becomes a liaison too: only what they write from then on is the position's.
    clock.advance(HOUR);
    await c.call('roster:assign', { incidentId: s.incidentId, personId: s.people.leadId, roleId });
    actAs(ws, s.incidentId, s.people.leadId);
    await c.call('log:note', { incidentId: s.incidentId, text: 'Interpreters booked for Linden Street' });
    actAs(ws, s.incidentId, s.people.commanderId);
    const second = await c.call('form:ics214', { periodId: s.periods.secondId, roleId });
    expect(second.subject.names).toEqual(['Insp. Maria Lindqvist', 'Leila Mansour']);
    expect(second.activities.map((a) => [a.authorName, a.summary])).toEqual([['Insp. Maria Lindqvist', 'Note: Interpreters booked for Linden Street']]);
  });

  it('ICS 214 prints at most 500 activities and counts the rest', async () => {
    const { c, s } = seeded();
    const ws = wsOf(c);
    actAs(ws, s.incidentId, s.people.leadId);
    for (let i = 0; i < ICS214_MAX_ROWS + 3; i += 1) ws.ops.commit(s.incidentId, ws.author(), [{ entity: 'logNote', entityId: crypto.randomUUID(), action: 'add', fields: { text: `Check ${i}` } }]);
    const form = await c.call('form:ics214', { periodId: s.periods.secondId, personId: s.people.leadId });
    expect(form.activities).toHaveLength(ICS214_MAX_ROWS);
    expect(form.total).toBe(ICS214_MAX_ROWS + 4);
    expect(form.activities.at(-1)?.summary).toBe(`Note: Check ${ICS214_MAX_ROWS - 2}`);
  });

  it('ICS 214 leaves out an edit the judge refused: a note a forging console wrote in the observer’s name never happened', async () => {
    const { clock, c, s } = seeded();
    const forger = wsOf(c);
    forger.ops.judge.rulesOff = true;
    actAs(forger, s.incidentId, s.people.observerId);
    await c.call('log:note', { incidentId: s.incidentId, text: 'Mosque patrols withdrawn' });
    actAs(forger, s.incidentId, s.people.commanderId);
    // The forging console, rules off, counts the note: the form would show it if refused ops were not left out.
    const forged = await c.call('form:ics214', { periodId: s.periods.secondId, personId: s.people.observerId });
    expect(forged.activities.map((a) => a.summary)).toEqual(['Note: Mosque patrols withdrawn']);

    const honest = await tempConcord(new TestClock(clock.now()));
    try {
      const ws = wsOf(honest);
      ws.ops.applyRemote(opsOf(forger, s.incidentId));
      actAs(ws, s.incidentId, s.people.commanderId);
      expect((await honest.call('refusal:list', { incidentId: s.incidentId })).entries.map((r) => r.summary)).toContain('Note: Mosque patrols withdrawn');
      const form = await honest.call('form:ics214', { periodId: s.periods.secondId, personId: s.people.observerId });
      expect(form.activities).toEqual([]);
      expect(form.total).toBe(0);
      // The lead's own note of the period is still there: only the refused one is left out.
      const lead = await honest.call('form:ics214', { periodId: s.periods.secondId, personId: s.people.leadId });
      expect(lead.activities.map((a) => a.summary)).toEqual(['Note: Patrols doubled at the mosque']);
    } finally {
      honest.close();
    }
  });
});

describe('who may read a form', () => {
  it('takes only a signed-in console, an observer’s included, and says what bad input lacks', async () => {
    const clock = new TestClock();
    const c = await tempConcord(clock);
    try {
      const s = await seedForms(c, clock);
      const forms = [
        () => c.concord.call('form:ics201', { incidentId: s.incidentId }),
        () => c.concord.call('form:ics202', { periodId: s.periods.firstId }),
        () => c.concord.call('form:ics203', { periodId: s.periods.firstId }),
        () => c.concord.call('form:ics214', { periodId: s.periods.firstId, personId: s.people.leadId }),
      ];
      actAs(wsOf(c), s.incidentId, s.people.observerId);
      // ICS 202 is prepared by the period's lead; the others by whoever reads them.
      const read = await Promise.all(forms.map((form) => form()));
      expect(read.map((r) => (r.ok ? r.value.preparedBy.name : r.error.code))).toEqual(['Olu Bakare', 'Insp. Maria Lindqvist', 'Olu Bakare', 'Olu Bakare']);
      await c.call('roster:signOut', {});
      for (const read of forms) expect(await read()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      actAs(wsOf(c), s.incidentId, s.people.commanderId);
      const both = await c.concord.call('form:ics214', { periodId: s.periods.firstId, personId: s.people.leadId, roleId: s.roleOf('observer') });
      expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'name either one person or one role' } });
      const stranger = await c.concord.call('form:ics214', { periodId: s.periods.firstId, personId: crypto.randomUUID() });
      expect(stranger).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await c.concord.call('form:ics202', { periodId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    } finally {
      c.close();
    }
  });
});
