import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sitrepContentSchema } from '../../../shared/domain/sitrep';
import { TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;
const MIN = 60_000;

describe('the demo exercise’s operational periods', () => {
  let clock: TestClock;
  let c: Console;
  beforeEach(async () => {
    clock = new TestClock();
    c = await tempConcord(clock);
  });
  afterEach(() => c.close());

  it('has period 3 current under Insp. Maria Lindqvist, periods 1 and 2 closed with a handover note and a report each', async () => {
    const now = clock.now();
    const { id: incidentId } = await c.call('scenario:load', { name: 'demo-exercise' });
    const { periods } = await c.call('period:list', { incidentId });
    expect(periods.map((p) => [p.number, p.leadName, p.closedAt === null, p.reports])).toEqual([
      [3, 'Insp. Maria Lindqvist', true, 0],
      [2, 'Tomasz Nowak', false, 1],
      [1, 'Insp. Maria Lindqvist', false, 1],
    ]);
    const [third, second] = periods;
    expect(third).toMatchObject({ startedAt: new Date(now - 270 * MIN).toISOString(), plannedEndAt: new Date(now + 450 * MIN).toISOString(), handoverNote: '' });
    expect(third?.objectives.map((o) => o.title)).toContain('Protect life and prevent further violence');
    expect(second?.closedAt).toBe(third?.startedAt);
    expect((await c.call('period:current', { incidentId })).period?.id).toBe(third?.id);

    const { sitreps } = await c.call('sitrep:list', { incidentId, periodId: second?.id });
    const report = await c.call('sitrep:get', { id: sitreps[0]?.id ?? '' });
    const content = sitrepContentSchema.parse(JSON.parse(report.content));
    expect(content.period.handoverNote).toContain('The "31 dead" claim is still spreading');
    expect(content.rumours.map((r) => r.claim).join(' ')).toContain('31');
  });
});
