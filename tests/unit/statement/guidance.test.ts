import { describe, expect, it } from 'vitest';
import en from '../../../resources/wordlists/en.json' with { type: 'json' };
import { checkStatement } from '../../../shared/rules/guidance/check';
import { countSyllables, fleschKincaidGrade } from '../../../shared/rules/guidance/readability';
import { wordListSchema, type GuidanceInput, type GuidanceRule } from '../../../shared/rules/guidance/types';

const wordList = wordListSchema.parse(en);
const base: GuidanceInput = { phase: 'update', language: 'en', text: '', withheldNames: [], wordList, communityLanguages: [], variantLanguages: ['en'] };
const check = (patch: Partial<GuidanceInput>) => checkStatement({ ...base, ...patch });
const of = (rule: GuidanceRule, patch: Partial<GuidanceInput>) => check(patch).filter((f) => f.rule === rule);
const spans = (text: string, rule: GuidanceRule, patch: Partial<GuidanceInput> = {}) =>
  of(rule, { text, ...patch }).map((f) => text.slice(f.start, f.end));

describe('perpetrator-name', () => {
  const names = { withheldNames: ['John Smith', 'Smith'] };
  it('flags withheld names in any case and possessive, with exact spans', () => {
    const text = 'We will not say john smith. SMITH’s act, Smith\'s motives and smith are not the story.';
    const found = of('perpetrator-name', { text, ...names });
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['john smith', 'SMITH’s', "Smith's", 'smith']);
    expect(found[0]).toMatchObject({ start: 16, end: 26, severity: 'blocking' });
  });
  it('does not match inside longer words', () => {
    expect(spans('Smithfield market and the blacksmiths are open.', 'perpetrator-name', names)).toEqual([]);
  });
  it('says nothing when no name is withheld', () => {
    expect(spans('John Smith', 'perpetrator-name')).toEqual([]);
  });
});

describe('militaristic-language', () => {
  it('flags words and phrases with exact spans, longest phrase first', () => {
    const text = 'This is a war on our city; we will hunt them down. Revenge is not ours.';
    expect(spans(text, 'militaristic-language')).toEqual(['war on', 'hunt them down', 'Revenge']);
    const warOn = of('militaristic-language', { text })[0];
    expect(warOn).toMatchObject({ start: 10, end: 16, severity: 'warning' });
  });
  it('does not match inside other words', () => {
    expect(spans('A warning was given; the award ceremony is postponed; Warsaw sends support.', 'militaristic-language')).toEqual([]);
  });
  it('stays silent for a language without a word list', () => {
    expect(spans('war', 'militaristic-language', { language: 'ar', wordList: null })).toEqual([]);
  });
});

describe('no-unity-call', () => {
  it('flags a first official statement without a call for unity', () => {
    expect(of('no-unity-call', { phase: 'first-official', text: 'The attack happened at noon.' })).toEqual([
      expect.objectContaining({ start: 0, end: 0, severity: 'warning' }),
    ]);
  });
  it('accepts a call for unity, and other phases', () => {
    expect(of('no-unity-call', { phase: 'first-official', text: 'We stand together as one city.' })).toEqual([]);
    expect(of('no-unity-call', { phase: 'update', text: 'The attack happened at noon.' })).toEqual([]);
  });
});

describe('no-safety-guidance', () => {
  it('flags an immediate statement without safety guidance', () => {
    expect(of('no-safety-guidance', { phase: 'immediate-safety', text: 'An incident occurred in the Old Town.' })).toHaveLength(1);
  });
  it('accepts guidance or where to get help', () => {
    expect(of('no-safety-guidance', { phase: 'immediate-safety', text: 'Avoid the area around Mill Street.' })).toEqual([]);
    expect(of('no-safety-guidance', { phase: 'immediate-safety', text: 'Call the helpline for support.' })).toEqual([]);
    expect(of('no-safety-guidance', { phase: 'first-official', text: 'An incident occurred.' })).toEqual([]);
  });
});

describe('readability (Flesch–Kincaid grade)', () => {
  it('counts syllables and grades plain and dense text', () => {
    expect([countSyllables('city'), countSyllables('community'), countSyllables('the'), countSyllables('recognised')]).toEqual([2, 4, 1, 3]);
    expect(fleschKincaidGrade('Stay away from Mill Street now'.split(' '))).toBeLessThan(8);
  });
  it('flags the long or dense sentence and points at it exactly', () => {
    const dense = 'Comprehensive multidisciplinary coordination mechanisms institutionalised organisational accountability.';
    const text = `Stay indoors. ${dense}`;
    expect(spans(text, 'readability')).toEqual([dense]);
    const long = Array.from({ length: 30 }, () => 'we').join(' ');
    expect(spans(`${long}.`, 'readability')).toEqual([`${long}.`]);
  });
  it('leaves short plain sentences alone', () => {
    expect(spans('Stay indoors. Call the helpline if you need help. We are with you.', 'readability')).toEqual([]);
  });
});

describe('missing-language-variant', () => {
  it('flags each community language without a variant, by name or code', () => {
    const found = of('missing-language-variant', { communityLanguages: ['Arabic', 'ur', 'en', 'es-MX'], variantLanguages: ['en', 'es'] });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('“ar”'), expect.stringContaining('“ur”')]);
  });
  it('is silent when every community language has a variant', () => {
    expect(of('missing-language-variant', { communityLanguages: ['ar'], variantLanguages: ['en', 'ar'] })).toEqual([]);
  });
});

describe('community-network-first', () => {
  it('warns when the press hears before the community network', () => {
    expect(of('community-network-first', { publication: { channels: ['press', 'social'], communityNetworkInformed: false } })).toHaveLength(1);
  });
  it('is satisfied by an earlier or simultaneous community publication, or no press', () => {
    expect(of('community-network-first', { publication: { channels: ['press'], communityNetworkInformed: true } })).toEqual([]);
    expect(of('community-network-first', { publication: { channels: ['press', 'community-network'], communityNetworkInformed: false } })).toEqual([]);
    expect(of('community-network-first', { publication: { channels: ['radio'], communityNetworkInformed: false } })).toEqual([]);
    expect(of('community-network-first', {})).toEqual([]);
  });
});
