import type { ActorKind, PossibleDuplicate } from '../../../../shared/domain/actor';

/** Names compared as people mean them: no accents, case, punctuation or filler words. */
export const normaliseName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(the|of|and|no|nr|for)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A phone number is its digits, an address its lower case; anything shorter than a real contact is ignored. */
export const normaliseContact = (contact: string): string => {
  const text = contact.trim().toLowerCase();
  if (text.includes('@')) return text;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 6 ? digits.slice(-9) : '';
};

const bigrams = (text: string): Map<string, number> => {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
};

/** Sørensen–Dice over character bigrams: 1 for the same name, tolerant of a typo or a word order. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  for (const [gram, n] of gx) shared += Math.min(n, gy.get(gram) ?? 0);
  const size = (g: Map<string, number>) => [...g.values()].reduce((s, n) => s + n, 0);
  return (2 * shared) / (size(gx) + size(gy));
}

interface Candidate {
  name: string;
  kind: ActorKind;
  contact: string;
}

const SIMILAR = 0.85;
const SIMILAR_SAME_KIND = 0.65;

/** Actors already listed that look like the new one: the guide asks to coordinate and avoid duplication. */
export function findLookAlikes(candidate: Candidate, listed: readonly (Candidate & { id: string })[]): PossibleDuplicate[] {
  const contact = normaliseContact(candidate.contact);
  const found: PossibleDuplicate[] = [];
  for (const other of listed) {
    const similarity = nameSimilarity(candidate.name, other.name);
    const reasons: string[] = [];
    if (contact && contact === normaliseContact(other.contact)) reasons.push('same contact');
    if (similarity >= SIMILAR || (other.kind === candidate.kind && similarity >= SIMILAR_SAME_KIND)) {
      reasons.push(other.kind === candidate.kind ? 'similar name, same kind' : 'similar name');
    }
    if (reasons.length) found.push({ id: other.id, name: other.name, kind: other.kind, reason: reasons.join('; ') });
  }
  return found.slice(0, 5);
}
