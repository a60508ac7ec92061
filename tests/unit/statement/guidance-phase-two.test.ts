import { describe, expect, it } from 'vitest';
import en from '../../../resources/wordlists/en.json' with { type: 'json' };
import es from '../../../resources/wordlists/es.json' with { type: 'json' };
import fr from '../../../resources/wordlists/fr.json' with { type: 'json' };
import { checkStatement, hasBlockingFindings } from '../../../shared/rules/guidance/check';
import { wordListSchema, type GuidanceInput, type GuidanceRule } from '../../../shared/rules/guidance/types';
import {
  communityNames,
  falseClaimExamples,
  falseClaims,
  groupBlameExamples,
  internalExamples,
  internalTitles,
  stanceExamples,
  type Example,
} from './phase-two-examples';

const lists = { en: wordListSchema.parse(en), es: wordListSchema.parse(es) };

const findingsOf = (rule: GuidanceRule, { text, language = 'en', phase = 'update' }: Example, patch: Partial<GuidanceInput> = {}) =>
  checkStatement({
    phase,
    language,
    text,
    withheldNames: [],
    wordList: lists[language],
    communityLanguages: [],
    variantLanguages: [language],
    falseClaims,
    communityNames,
    internalTitles,
    ...patch,
  }).filter((f) => f.rule === rule);

/** Recall over the positives and false alarms over the negatives, printed so a change of word list shows its cost. */
function measure(rule: GuidanceRule, set: { positives: Example[]; negatives: Example[] }) {
  const missed = set.positives.filter((e) => findingsOf(rule, e).length === 0).map((e) => e.text);
  const alarms = set.negatives.filter((e) => findingsOf(rule, e).length > 0).map((e) => e.text);
  const recall = 1 - missed.length / set.positives.length;
  const falseAlarms = alarms.length / set.negatives.length;
  console.info(`${rule}: recall ${recall.toFixed(2)} (${set.positives.length} positives), false alarms ${falseAlarms.toFixed(2)} (${set.negatives.length} negatives)`, { missed, alarms });
  return { recall, falseAlarms };
}

describe.each([
  ['repeats-false-claim', falseClaimExamples],
  ['group-blame', groupBlameExamples],
  ['no-stance-against-hate', stanceExamples],
  ['internal-priority-disclosed', internalExamples],
] as const)('%s on drafts from the demo', (rule, set) => {
  it('has at least 20 positives and 20 negatives, some in Spanish', () => {
    expect(set.positives.length).toBeGreaterThanOrEqual(20);
    expect(set.negatives.length).toBeGreaterThanOrEqual(20);
    expect([...set.positives, ...set.negatives].filter((e) => e.language === 'es').length).toBeGreaterThanOrEqual(5);
  });
  it('finds at least 90% of the positives and raises at most 10% false alarms', () => {
    const { recall, falseAlarms } = measure(rule, set);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toBeLessThanOrEqual(0.1);
  });
});

const spans = (rule: GuidanceRule, text: string, language: 'en' | 'es' = 'en') => findingsOf(rule, { text, language }).map((f) => text.slice(f.start, f.end));

describe('the spans the phase-two findings point at', () => {
  it('points at the false element, or at the sentence that restates a claim', () => {
    expect(spans('repeats-false-claim', 'Six are in hospital. Reports of 31 dead are false.')).toEqual(['31 dead']);
    const text = 'We are here. Dozens of people died in the attack on the Riverside Winter Market, posts claim.';
    expect(spans('repeats-false-claim', text)).toEqual(['Dozens of people died in the attack on the Riverside Winter Market, posts claim']);
  });
  it('points at the group and the blame together, as warnings', () => {
    const text = 'Enough. Refugees are responsible for this.';
    expect(spans('group-blame', text)).toEqual(['Refugees are responsible']);
    expect(findingsOf('group-blame', { text })[0]?.severity).toBe('warning');
  });
  it('forgives case and accents in community names and word lists', () => {
    expect(spans('group-blame', 'MUSLIM RESIDENTS OF EASTBROOK must pay.')).toEqual(['MUSLIM RESIDENTS OF EASTBROOK must pay']);
    expect(spans('group-blame', 'Los musulmanes son culpables.', 'es')).toEqual(['musulmanes son culpables']);
  });
  it('flags a missing stance on the statement as a whole, for the first official statement only', () => {
    const finding = findingsOf('no-stance-against-hate', { text: 'We are with the families.', phase: 'first-official' });
    expect(finding).toEqual([expect.objectContaining({ start: 0, end: 0, severity: 'warning' })]);
  });
  it('points at the quoted internal title, blocking, with the title in its message', () => {
    const text = 'Next: we reopen the Riverside Quarter safely.';
    const [finding] = findingsOf('internal-priority-disclosed', { text });
    expect(finding && text.slice(finding.start, finding.end)).toBe('reopen the Riverside Quarter safely');
    expect(finding?.severity).toBe('blocking');
    expect(finding?.message).toContain('Reopen the Riverside Quarter safely');
    expect(hasBlockingFindings(findingsOf('internal-priority-disclosed', { text }))).toBe(true);
  });
  it('stays silent without inputs: no claims, no titles, no word list', () => {
    const text = 'Reports of 31 dead are false. Refugees are to blame. Reopen the Riverside Quarter safely.';
    const none = { falseClaims: [], internalTitles: [], communityNames: [], wordList: null };
    const rules = ['repeats-false-claim', 'group-blame', 'no-stance-against-hate', 'internal-priority-disclosed'] as const;
    for (const rule of rules) expect(findingsOf(rule, { text, phase: 'first-official' }, none)).toEqual([]);
  });
  it('reads the French word list too', () => {
    const wordList = wordListSchema.parse(fr);
    const found = checkStatement({ phase: 'first-official', language: 'fr', text: 'Les réfugiés sont responsables.', withheldNames: [], wordList, communityLanguages: [], variantLanguages: ['fr'] });
    expect(found.map((f) => f.rule)).toEqual(expect.arrayContaining(['group-blame', 'no-stance-against-hate']));
  });
});
