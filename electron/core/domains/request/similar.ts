/**
 * When two requests ask for the same thing, in words a person reads: both texts become sets of content words
 * (lower case, accents dropped, numbers and filler words such as "for" or "the" left out, a plural's "s" taken off),
 * and they are close when the words they share make up at least half of the shorter text's words. Word order does
 * not count ("Arabic interpreters" is "interpreters, Arabic"), nor the quantity ("40 cots" is "cots").
 *
 * Measured against the shorter text so the warning shows while the person is still typing ("interpreters" already
 * meets "4 Arabic interpreters"); it warns, never blocks, so a false alarm costs a glance. It knows no synonyms:
 * "camp beds" does not meet "cots".
 */
const FILLER = new Set(['a', 'an', 'the', 'for', 'of', 'to', 'at', 'in', 'on', 'and', 'or', 'with', 'by', 'from', 'per', 'some', 'more', 'extra', 'x']);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function contentWords(text: string): Set<string> {
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !/^\p{N}+$/u.test(w) && !FILLER.has(w));
  return new Set(words.map(stem));
}

/** How many content words two texts share when they are close, else 0. */
export function closeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shorter = Math.min(a.size, b.size);
  if (shorter === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return 2 * shared >= shorter ? shared : 0;
}
