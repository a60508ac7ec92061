import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock, tempConcord } from '../../fixtures/temp-store';

describe('the demo exercise’s resource requests', () => {
  let c: Awaited<ReturnType<typeof tempConcord>>;
  beforeEach(async () => {
    c = await tempConcord(new TestClock());
  });
  afterEach(() => c.close());

  it('loads cots approved, interpreters requested and late, barriers ordered, each serving its priority', async () => {
    const { id: incidentId } = await c.call('scenario:load', { name: 'demo-exercise' });
    const list = await c.call('request:list', { incidentId });
    expect(list.requests.map((r) => [r.number, r.quantity, r.unit, r.status, r.overdue, r.priorityTitle])).toEqual([
      ['RR-0002', 4, 'interpreters', 'requested', true, 'Support victims, families and witnesses'],
      ['RR-0001', 40, 'cots', 'approved', false, 'Support victims, families and witnesses'],
      ['RR-0003', 120, 'barrier sections', 'ordered', false, 'Protect communities at risk of backlash'],
    ]);
    expect(list).toMatchObject({ open: 3, overdue: 1 });
    const barriers = await c.call('request:get', { id: list.requests[2]?.id ?? '' });
    expect(barriers.history.map((s) => s.status)).toEqual(['requested', 'approved', 'ordered']);
  });
});
