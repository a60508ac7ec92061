import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { workspacesPerTest } from '../../fixtures/workspaces';
import { TestClock, actAs, opsOf } from '../../fixtures/temp-store';
import { entityDefs } from '../../../electron/core/app/domains';
import { DETAILS, openFamiliesIncident, support } from './fixture';

const consoleOn = workspacesPerTest();
const HOUR = 3_600_000;

const logLine = (entity: string, op: Parameters<(typeof entityDefs)[number]['describe']>[0]): string => entityDefs.find((d) => d.name === entity)?.describe(op) ?? '';

describe('families and survivors: contacts, promises, exports and flags', () => {
  it('commits a contact, the last contact and its promises together, made to the label, or nothing at all', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 6', liaisonId: f.leila, details: DETAILS });
    actAs(ws, f.incidentId, f.leila);
    const before = opsOf(ws, f.incidentId).length;
    const dueAt = new Date(ws.clock.now() + 24 * HOUR).toISOString();
    const after = await support(ws, 'support:contact', { householdId: id, channel: 'in person', note: 'Asked about travel costs', promises: [{ text: 'Taxi vouchers for hospital visits', ownerId: f.leila, dueAt }] });
    expect(after.lastContactAt).toBe(new Date(ws.clock.now()).toISOString());

    const fresh = opsOf(ws, f.incidentId).slice(before);
    expect(fresh.map((o) => o.entity).sort()).toEqual(['household', 'promise', 'supportContact']);
    // One commit: the author signs only its last op, which chains to the others.
    expect(fresh.filter((o) => o.authorSig !== null)).toHaveLength(1);
    const promise = fresh.find((o) => o.entity === 'promise');
    expect(promise?.fields).toMatchObject({ madeTo: 'Family 6', sourceKind: 'household', sourceId: id, needId: null });
    expect(JSON.stringify(fresh)).not.toContain('Haddad');

    const stranger = randomUUID();
    await expect(support(ws, 'support:contact', { householdId: id, channel: 'phone', note: 'x', promises: [{ text: 'Call back', ownerId: stranger, dueAt }] })).rejects.toMatchObject({ code: 'not_found' });
    expect(opsOf(ws, f.incidentId)).toHaveLength(before + 3);
  });

  it('exports only for a reader, and the export is an op the log shows with its purpose', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 7', liaisonId: f.leila, details: DETAILS });
    await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'witness', label: 'Witness 2' });

    actAs(ws, f.incidentId, f.abdi);
    const before = opsOf(ws, f.incidentId).length;
    await expect(support(ws, 'support:export', { incidentId: f.incidentId, purpose: 'Hand-over to victim support' })).rejects.toMatchObject({ code: 'forbidden' });
    ws.session.operator = null;
    await expect(support(ws, 'support:export', { incidentId: f.incidentId, purpose: 'Hand-over to victim support' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(opsOf(ws, f.incidentId)).toHaveLength(before);

    actAs(ws, f.incidentId, f.leila);
    const out = await support(ws, 'support:export', { incidentId: f.incidentId, purpose: 'Hand-over to victim support' });
    // Leila is Family 7's liaison; the witness without a liaison is for the commanders alone.
    expect(out.households).toBe(1);
    expect(out.text).toContain(DETAILS.names);
    expect(out.text).not.toContain('Witness 2');
    const logged = opsOf(ws, f.incidentId).slice(before);
    expect(logged.map((o) => [o.entity, o.author])).toEqual([['supportExport', f.leila]]);
    const [op] = logged;
    if (!op) throw new Error('no export op');
    expect(logLine('supportExport', op)).toBe('Families and survivors: confidential details of 1 household(s) exported — purpose: Hand-over to victim support');
  });

  it('never puts sealed fields in a log line', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 8', liaisonId: f.leila, details: DETAILS });
    await support(ws, 'support:update', { id, changes: { details: { ...DETAILS, notes: 'Prefers Arabic' }, consent: 'given' } });
    const lines = opsOf(ws, f.incidentId).filter((o) => o.entity === 'household').map((o) => logLine('household', o));
    expect(lines).toEqual(['Families and survivors: Family 8 recorded (injured)', 'Families and survivors: household consent → “given”; confidential details changed']);
  });

  it('refuses every write to an observer, and changes nothing', async () => {
    const ws = consoleOn();
    const f = await openFamiliesIncident(ws);
    const { id } = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 9' });
    actAs(ws, f.incidentId, f.observer);
    const before = opsOf(ws, f.incidentId).length;
    const writes = [
      support(ws, 'support:create', { incidentId: f.incidentId, kind: 'witness', label: 'Witness 3' }),
      support(ws, 'support:update', { id, changes: { consent: 'given' } }),
      support(ws, 'support:addNeed', { householdId: id, field: 'medical', summary: 'Physiotherapy' }),
      support(ws, 'support:contact', { householdId: id, channel: 'phone' }),
      support(ws, 'support:assignLiaison', { id, liaisonId: f.leila }),
      support(ws, 'support:setSettings', { incidentId: f.incidentId, contactIntervalHours: 12 }),
    ];
    for (const write of writes) await expect(write).rejects.toMatchObject({ code: 'forbidden' });
    expect(opsOf(ws, f.incidentId)).toHaveLength(before);
  });

  it('flags households without a liaison, needs overdue and contact older than the interval, as time passes', async () => {
    const clock = new TestClock();
    const ws = consoleOn(clock);
    const f = await openFamiliesIncident(ws);
    const cared = await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'injured', label: 'Family 10', liaisonId: f.leila, details: DETAILS });
    await support(ws, 'support:create', { incidentId: f.incidentId, kind: 'uninjured survivor', label: 'Stallholder 1' });
    await support(ws, 'support:addNeed', { householdId: cared.id, field: 'financial', summary: 'Lost earnings', dueAt: new Date(clock.now() + 6 * HOUR).toISOString() });
    await support(ws, 'support:addNeed', { householdId: cared.id, field: 'psychological', summary: 'Trauma counselling', status: 'in progress' });

    let summary = await support(ws, 'support:summary', { incidentId: f.incidentId });
    expect(summary).toMatchObject({ households: 2, byKind: { injured: 1, 'uninjured survivor': 1, victim: 0 }, flags: { withoutLiaison: 1, needsOverdue: 0, contactOverdue: 0 } });
    expect(summary.needs.financial).toEqual({ identified: 1, 'in progress': 0, met: 0, declined: 0 });
    expect(summary.needs.psychological['in progress']).toBe(1);

    clock.advance(7 * HOUR);
    actAs(ws, f.incidentId, f.leila);
    await support(ws, 'support:contact', { householdId: cared.id, channel: 'phone' });
    summary = await support(ws, 'support:summary', { incidentId: f.incidentId });
    expect(summary.flags).toMatchObject({ needsOverdue: 1, contactOverdue: 0 });

    clock.advance(20 * HOUR);
    summary = await support(ws, 'support:summary', { incidentId: f.incidentId });
    // The stallholder has not been reached for 27 hours, the family for 20: the default interval is 24.
    expect(summary.flags).toMatchObject({ withoutLiaison: 1, needsOverdue: 1, contactOverdue: 1 });
    const list = await support(ws, 'support:list', { incidentId: f.incidentId });
    expect(list.households.map((h) => [h.label, h.contactOverdue, h.needs.overdue])).toEqual([
      ['Stallholder 1', true, 0],
      ['Family 10', false, 1],
    ]);
    expect(JSON.stringify(summary)).not.toContain('Haddad');
  });
});
