import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;

describe('the demo exercise’s playbook', () => {
  let c: Console;
  beforeEach(async () => {
    c = await tempConcord(new TestClock());
  });
  afterEach(() => c.close());

  it('is adopted 28 hours in, with the first hours done, the work under way linked, and the 12-hour welfare check overdue', async () => {
    const { id: incidentId } = await c.call('scenario:load', { name: 'demo-exercise' });
    const [playbook, ...others] = (await c.call('playbook:list', { incidentId })).playbooks;
    expect(others).toEqual([]);
    expect(playbook).toMatchObject({ source: 'first-72-hours', notApplicable: 0 });
    const { items } = await c.call('playbook:items', { playbookId: playbook?.id ?? '' });
    const item = (start: string) => items.find((i) => i.text.startsWith(start));

    expect(item('Chain of command')).toMatchObject({ state: 'done', overdue: false, doneByName: 'Mayor Helen Achterberg' });
    expect(item('Staff welfare check')).toMatchObject({ state: 'open', overdue: true });
    expect(item('Rumours monitored')?.linked).toMatchObject({ kind: 'statement', status: 'draft' });
    expect(item('Security for vigils')?.linked).toMatchObject({ kind: 'task', title: 'Plan the vigil at Mill Bridge with the Interfaith Forum' });
    // Days 2–3 are still ahead.
    expect(items.filter((i) => i.offsetMinutes >= 36 * 60).every((i) => i.state === 'open' && !i.overdue)).toBe(true);
    expect(playbook?.done).toBeGreaterThan(10);
    expect(playbook?.overdue).toBeGreaterThan(0);
  });
});
