/**
 * Readability by the Flesch–Kincaid grade level (Kincaid et al., 1975):
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * computed per sentence, so a finding can point at the sentence to rewrite. Syllables are counted with the usual
 * English vowel-group heuristic, so the grade is only computed for English; sentence length applies to any language.
 */

export const maxGrade = 8;
export const maxSentenceWords = 25;
/** Below this many words a per-sentence grade says more about the heuristic than about the sentence. */
export const minWordsForGrade = 6;

export interface Sentence {
  start: number;
  end: number;
  words: string[];
}

const sentencePattern = /[^.!?\n]+(?:[.!?]+|$|(?=\n))/gu;
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Sentences with their spans, trimmed of surrounding whitespace; empty ones are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(sentencePattern)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const words = trimmed.match(wordPattern) ?? [];
    if (words.length === 0) continue;
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, words });
  }
  return out;
}

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const stripped = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.charAt(0)).replace(/^y/, '');
  const groups = stripped.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 0);
}

export function fleschKincaidGrade(words: readonly string[], sentences = 1): number {
  if (words.length === 0 || sentences === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}
