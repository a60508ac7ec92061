/**
 * Words of a text with their offsets, compared in a normal form: lower case, accents dropped, a possessive ending
 * cut. The phase-two rules match at this level, so "Muslims’" meets "muslims" and "refugiados" meets "Refugiados",
 * and a finding still points at the span as written.
 */

export interface Token {
  /** The normal form compared. */
  word: string;
  start: number;
  end: number;
  /** The index of the sentence the word is in. */
  sentence: number;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;
const sentenceEnd = /[.!?;\n]/u;

export const normalWord = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/u, '');

/** Every word of `text`, numbered by sentence (a full stop, question, exclamation, semicolon or line break ends one). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let last = 0;
  for (const m of text.matchAll(wordPattern)) {
    if (sentenceEnd.test(text.slice(last, m.index))) sentence += 1;
    out.push({ word: normalWord(m[0]), start: m.index, end: m.index + m[0].length, sentence });
    last = m.index + m[0].length;
  }
  return out;
}

export const phraseWords = (phrase: string): string[] => tokenize(phrase).map((t) => t.word);

export interface Run {
  /** Token indices, end exclusive. */
  first: number;
  end: number;
}

/** Where any of `phrases` occurs as consecutive words, leftmost first, longest first at one place, never overlapping. */
export function findRuns(tokens: readonly Token[], phrases: readonly string[]): Run[] {
  const forms = [...new Set(phrases.map((p) => phraseWords(p).join(' ')))]
    .filter((p) => p !== '')
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length);
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = forms.find((words) => words.every((w, k) => tokens[i + k]?.word === w));
    if (hit) {
      runs.push({ first: i, end: i + hit.length });
      i += hit.length;
    } else i += 1;
  }
  return runs;
}

export const spanOf = (tokens: readonly Token[], run: Run): { start: number; end: number } => ({
  start: tokens[run.first]?.start ?? 0,
  end: tokens[run.end - 1]?.end ?? 0,
});
