import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDER, TestClock, tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;

/** The rumour register feeds the statements' guidance through the app's wiring, not through an import. */
describe('a draft that repeats a claim the register holds as false', () => {
  let c: Console;
  let incidentId: string;

  beforeEach(async () => {
    c = await tempConcord(new TestClock());
    incidentId = (await c.call('incident:create', { name: 'Market attack', kind: 'extremist attack', mode: 'exercise', commander: COMMANDER })).id;
  });
  afterEach(() => c.close());

  const findings = async (text: string) =>
    (await c.call('statement:check', { incidentId, phase: 'update', language: 'en', text })).findings.filter((f) => f.rule === 'repeats-false-claim');

  it('is flagged once the claim is verified false, at the false name, and not before', async () => {
    const draft = 'Police have arrested the driver, Tariq Amin. Please stay away from the Riverside Quarter.';
    const { id } = await c.call('rumour:create', { incidentId, claim: 'The driver is Tariq Amin, who lives in Eastbrook', firstSeenAt: '2026-11-21T08:00:00Z', firstSeenWhere: 'Telegram' });
    expect(await findings(draft)).toEqual([]);

    await c.call('rumour:verify', { id, status: 'false', source: 'Police press office', facts: 'The driver is in custody; police have not released his name.', falsePhrases: ['Tariq Amin'] });
    const flagged = await findings(draft);
    expect(flagged).toHaveLength(1);
    expect(draft.slice(flagged[0]?.start, flagged[0]?.end)).toBe('Tariq Amin');
    expect(await findings('The driver is in custody. Police have not released his name.')).toEqual([]);
  });
});
