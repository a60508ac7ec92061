import type { Rumour } from '../../../../shared/domain/rumour';

const TITLE_CLAIM = 80;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The claim for a title: its false phrases left out (a title is published too, as the CAP headline and the ICS 213
 * subject), on one line, cut at a word boundary so the title stays a title.
 */
const shortClaim = (claim: string, falsePhrases: readonly string[]): string => {
  const masked = falsePhrases.reduce((text, phrase) => text.replace(new RegExp(escaped(phrase.trim()), 'gi'), '…'), claim);
  const oneLine = masked.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= TITLE_CLAIM) return oneLine;
  const cut = oneLine.slice(0, TITLE_CLAIM);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_CLAIM / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
};

/** The first sentence of the facts: the fact a correction ends on. */
const firstSentence = (facts: string): string => /^.*?[.!?](?=\s|$)/s.exec(facts.trim())?.[0] ?? facts.trim();

/**
 * The draft of a correction, as a "truth sandwich": it leads with the verified facts, says that what circulates is
 * false (or misleading) without repeating a word of it, so the correction does not spread the claim further, and
 * ends on the fact and where to find reliable information. The claim itself goes in a comment for the drafter, who
 * must see what is being corrected, and never in the text. The title names the claim, less its false phrases.
 */
export function correctionDraft(rumour: Rumour, language: string) {
  const facts = rumour.facts.trim();
  const verdict = rumour.status === 'misleading' ? 'misleading' : 'false';
  const text = [
    facts,
    `Some posts and messages circulating about this are ${verdict}. Please do not share them.`,
    `${firstSentence(facts)} For reliable information, follow the city’s official channels and the police; we will keep you updated.`,
  ].join('\n\n');
  return {
    draft: { incidentId: rumour.incidentId, title: `Correction: ${shortClaim(rumour.claim, rumour.falsePhrases)}`, phase: 'update' as const, language, text },
    note: `Corrects rumour: ${rumour.claim}`,
  };
}
