import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;

describe('the demo exercise’s communities', () => {
  let c: Console;
  beforeEach(async () => {
    c = await tempConcord(new TestClock());
  });
  afterEach(() => c.close());

  it('have their case managers, entry points, temperatures and promises, and one check overdue', async () => {
    const { id: incidentId } = await c.call('scenario:load', { name: 'demo-exercise' });
    const { communities } = await c.call('engagement:temperatures', { incidentId });
    const byName = new Map(communities.map((x) => [x.name, x]));
    expect(byName.get('Muslim residents of Eastbrook')).toMatchObject({
      caseManagerName: 'Leila Mansour',
      entryPoints: [{ name: 'Eastbrook Muslim Council' }, { name: 'Imam Yusuf Adeyemi' }],
      temperature: 'tense',
      trend: 'worsening',
      openPromises: 2,
      overduePromises: 1,
      checkOverdue: false,
    });
    expect(byName.get('Muslim residents of Eastbrook')?.series.map((p) => p.temperature)).toEqual(['uneasy', 'uneasy', 'tense']);
    expect(byName.get('Families at the Linden Street reception centre')).toMatchObject({ caseManagerName: 'Abdi Farah', temperature: 'uneasy', trend: 'steady', checkOverdue: false });
    expect(communities.filter((x) => x.checkOverdue).map((x) => x.name)).toEqual(['Stallholders and residents of the Riverside Quarter']);
    expect((await c.call('engagement:list', { incidentId })).total).toBe(5);
  });
});
