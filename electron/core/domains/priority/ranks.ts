import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export interface Ranked {
  id: string;
  rank: string;
}

/** The list order every console agrees on: by fractional index, ties (two consoles picked the same key) by id. */
export const byRank = (a: Ranked, b: Ranked): number => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * New ranks that put `id` at `toIndex` of `list` (sorted by `byRank`). Usually one key between the two
 * neighbours; when the neighbours tie on their key, the tied ones after the gap get fresh keys too.
 */
export function ranksForMove(list: readonly Ranked[], id: string, toIndex: number): Map<string, string> {
  const others = list.filter((p) => p.id !== id);
  const at = Math.min(toIndex, others.length);
  const lower = others[at - 1]?.rank ?? null;
  const upper = others[at]?.rank ?? null;
  if (lower === null || upper === null || lower < upper) return new Map([[id, generateKeyBetween(lower, upper)]]);
  let end = at;
  while (others[end]?.rank === lower) end++;
  const tied = others.slice(at, end);
  const keys = generateNKeysBetween(lower, others[end]?.rank ?? null, tied.length + 1);
  return new Map([id, ...tied.map((p) => p.id)].map((k, i) => [k, keys[i] ?? '']));
}

export const rankAfter = (last: string | null): string => generateKeyBetween(last, null);
