import { languageCode } from './languages';
import { containsAny, findPhrases, possessiveSuffix } from './match';
import { phaseTwoFindings } from './phase-two';
import { fleschKincaidGrade, maxGrade, maxSentenceWords, minWordsForGrade, splitSentences } from './readability';
import type { Finding, GuidanceInput } from './types';

/**
 * The guidance check on a statement draft, pure so the core and the screen could both run it. Each finding points
 * at the span of text it is about; findings about the statement as a whole point at 0–0. Only `perpetrator-name`
 * and `internal-priority-disclosed` are blocking (the approver must acknowledge them); the rest advises the drafter.
 */
export function checkStatement(input: GuidanceInput): Finding[] {
  const findings = [
    ...perpetratorNames(input),
    ...militaristicLanguage(input),
    ...unityCall(input),
    ...safetyGuidance(input),
    ...readability(input),
    ...missingLanguageVariants(input),
    ...communityNetworkFirst(input),
    ...phaseTwoFindings(input),
  ];
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

function perpetratorNames({ text, withheldNames }: GuidanceInput): Finding[] {
  return findPhrases(text, withheldNames, possessiveSuffix).map((span) => ({
    rule: 'perpetrator-name',
    severity: 'blocking',
    start: span.start,
    end: span.end,
    message: `“${span.text}” is a name the commander asked to withhold: focus on the city and its communities, not on the perpetrator.`,
  }));
}

function militaristicLanguage({ text, wordList }: GuidanceInput): Finding[] {
  if (!wordList) return [];
  return findPhrases(text, wordList.militaristic).map((span) => ({
    rule: 'militaristic-language',
    severity: 'warning',
    start: span.start,
    end: span.end,
    message: `“${span.text}” is militaristic, retaliatory or dehumanising: it can inflame tensions. Prefer words of unity and resilience.`,
  }));
}

const whole = { start: 0, end: 0 } as const;

function unityCall({ phase, text, wordList }: GuidanceInput): Finding[] {
  if (phase !== 'first-official' || !wordList || text.trim() === '' || containsAny(text, wordList.unity)) return [];
  return [
    {
      rule: 'no-unity-call',
      severity: 'warning',
      ...whole,
      message: 'A first official statement should call for unity or reaffirm the city’s inclusive identity.',
    },
  ];
}

function safetyGuidance({ phase, text, wordList }: GuidanceInput): Finding[] {
  if (phase !== 'immediate-safety' || !wordList || text.trim() === '' || containsAny(text, wordList.safety)) return [];
  return [
    {
      rule: 'no-safety-guidance',
      severity: 'warning',
      ...whole,
      message: 'An immediate statement should give practical safety guidance and say where to get help.',
    },
  ];
}

function readability({ text, language }: GuidanceInput): Finding[] {
  const english = language === 'en' || language.startsWith('en-');
  return splitSentences(text).flatMap((sentence) => {
    const reasons: string[] = [];
    if (sentence.words.length > maxSentenceWords) reasons.push(`${sentence.words.length} words (keep sentences to ${maxSentenceWords} or fewer)`);
    const grade = english && sentence.words.length >= minWordsForGrade ? fleschKincaidGrade(sentence.words) : 0;
    if (grade > maxGrade) reasons.push(`reading grade ${grade.toFixed(1)} by Flesch–Kincaid (aim for ${maxGrade} or below)`);
    if (reasons.length === 0) return [];
    return [
      {
        rule: 'readability' as const,
        severity: 'advice' as const,
        start: sentence.start,
        end: sentence.end,
        message: `Hard to read: ${reasons.join('; ')}. Use short sentences and plain words.`,
      },
    ];
  });
}

function missingLanguageVariants({ communityLanguages, variantLanguages }: GuidanceInput): Finding[] {
  const have = new Set(variantLanguages.map(languageCode));
  const missing = [...new Set(communityLanguages.map(languageCode))].filter((l) => l && !have.has(l)).sort();
  return missing.map((language) => ({
    rule: 'missing-language-variant',
    severity: 'warning',
    ...whole,
    message: `An affected community speaks “${language}”, and this statement has no ${language} variant yet.`,
  }));
}

function communityNetworkFirst({ publication }: GuidanceInput): Finding[] {
  if (!publication) return [];
  const { channels, communityNetworkInformed } = publication;
  if (!channels.includes('press') || channels.includes('community-network') || communityNetworkInformed) return [];
  return [
    {
      rule: 'community-network-first',
      severity: 'warning',
      ...whole,
      message: 'This goes to the press before the community network heard it: inform community partners first, so they can carry the message.',
    },
  ];
}

export const hasBlockingFindings = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'blocking');
