import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;

describe('the demo exercise’s families and survivors', () => {
  let c: Console;
  beforeEach(async () => {
    c = await tempConcord(new TestClock());
  });
  afterEach(() => c.close());

  it('loads households sealed to the commander, with the liaisons waiting for their PINs and the flags raised', async () => {
    const { id: incidentId } = await c.call('scenario:load', { name: 'demo-exercise' });
    const summary = await c.call('support:summary', { incidentId });
    expect(summary).toMatchObject({ households: 9, byKind: { injured: 6, 'uninjured survivor': 2, witness: 1 }, flags: { withoutLiaison: 3, needsOverdue: 1, contactOverdue: 1 } });
    expect(Object.values(summary.needs).every((byStatus) => Object.values(byStatus).some((n) => n > 0))).toBe(true);

    const { households } = await c.call('support:list', { incidentId });
    const first = households.find((h) => h.label === 'Injured 1');
    expect(first).toMatchObject({ liaisonName: 'Leila Mansour', sealed: false, contactOverdue: true, details: { names: 'Samir Khalil (patient); wife Rana Khalil' } });
    expect(first?.waiting).toEqual([expect.objectContaining({ name: 'Leila Mansour', why: 'no key yet' })]);

    await c.call('roster:signOut', {});
    const closed = await c.call('support:list', { incidentId });
    expect(closed.households.every((h) => h.details === null && h.sealed)).toBe(true);
    expect(JSON.stringify(closed)).not.toContain('Khalil');
  });
});
