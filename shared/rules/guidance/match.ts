/**
 * Whole-word, case-insensitive matching of words and phrases. "Word" means a run of letters, digits and marks in
 * any script, so "war" does not match inside "warning" or "award", and phrases match across any run of spaces.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordChar = '[\\p{L}\\p{M}\\p{N}]';

/** The regular expression source of a phrase: its words joined by any whitespace, each escaped. */
const phraseSource = (phrase: string): string =>
  phrase
    .trim()
    .split(/\s+/u)
    .map(escape)
    .join('\\s+');

/**
 * Every occurrence of any of `phrases` in `text`, leftmost first, longest phrase first at one position,
 * never overlapping. `suffix` is an optional regex source allowed right after a phrase (possessives).
 */
export function findPhrases(text: string, phrases: readonly string[], suffix = ''): Span[] {
  const usable = phrases.map((p) => p.trim()).filter((p) => p.length > 0);
  if (usable.length === 0) return [];
  // Longest first, so "war on" wins over "war" where both start at one position.
  const alternatives = [...new Set(usable)].sort((a, b) => b.length - a.length).map(phraseSource);
  const tail = suffix ? `(?:${suffix})?` : '';
  const pattern = new RegExp(`(?<!${wordChar})(?:${alternatives.join('|')})${tail}(?!${wordChar})`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Possessive endings in English and languages that borrow them: straight or curly apostrophe, with or without s. */
export const possessiveSuffix = "['’]s|['’]";

export const containsAny = (text: string, phrases: readonly string[]): boolean => findPhrases(text, phrases).length > 0;
