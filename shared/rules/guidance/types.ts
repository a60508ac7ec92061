import { z } from 'zod';
import type { StatementChannel, StatementPhase } from '../../domain/statement';

/** The rule ids of the guidance check, exactly as the issue names them. */
export const guidanceRules = [
  'perpetrator-name',
  'militaristic-language',
  'no-unity-call',
  'no-safety-guidance',
  'readability',
  'missing-language-variant',
  'community-network-first',
  'repeats-false-claim',
  'group-blame',
  'no-stance-against-hate',
  'internal-priority-disclosed',
] as const;
export type GuidanceRule = (typeof guidanceRules)[number];

/** `blocking` findings (a withheld name, an internal priority or task quoted) need the approver's explicit acknowledgement; the rest advise the drafter. */
export const findingSeverities = ['advice', 'warning', 'blocking'] as const;

export const findingSchema = z.object({
  rule: z.enum(guidanceRules),
  severity: z.enum(findingSeverities),
  /** UTF-16 offsets into the text, end exclusive. A finding about the statement as a whole has start = end = 0. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  message: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

/** One language's word list, from resources/wordlists/<lang>.json; the core loads it, shared/ never reads files. */
export const wordListSchema = z.object({
  language: z.string(),
  /** Militaristic, retaliatory or dehumanising words and phrases. */
  militaristic: z.array(z.string().min(1)),
  /** Phrases that call for unity or affirm the city's inclusive identity. */
  unity: z.array(z.string().min(1)),
  /** Phrases that give practical safety guidance or say where to get help. */
  safety: z.array(z.string().min(1)),
  /** Words that name a group of people by faith, origin or status ("Muslims", "refugees"), for `group-blame`. */
  groupTerms: z.array(z.string().min(1)),
  /** Blame and retaliation words ("to blame", "revenge", "send them back"). */
  blame: z.array(z.string().min(1)),
  /** Words that negate a blame that follows them ("not", "no one", "must not"). */
  negations: z.array(z.string().min(1)),
  /** Phrases that speak out against hate ("no place for hate", "condemn", "racism"). */
  againstHate: z.array(z.string().min(1)),
  /** Words that carry no content, left out when comparing a sentence with a claim or a title. */
  stopWords: z.array(z.string().min(1)),
});
export type WordList = z.infer<typeof wordListSchema>;

export interface GuidanceInput {
  phase: StatementPhase;
  language: string;
  text: string;
  /** Names the commander recorded on the incident as ones to withhold (perpetrators, suspects). */
  withheldNames: readonly string[];
  /** The word list of `language`, or null where none exists: the word-list rules then stay silent. */
  wordList: WordList | null;
  /** Languages of the communities recorded as affected (protection needs). */
  communityLanguages: readonly string[];
  /** Languages the statement already has a variant in. */
  variantLanguages: readonly string[];
  /** When a publication is being prepared: its channels, and whether the community network already heard. */
  publication?: { channels: readonly StatementChannel[]; communityNetworkInformed: boolean };
  /** Claims recorded as false (rumours), each with its exact false elements (a wrong name, "31 dead"). */
  falseClaims?: readonly FalseClaim[];
  /** Names of the communities the incident records as needing protection. */
  communityNames?: readonly string[];
  /** Titles of internal priorities and of tasks not marked public: none may be quoted without acknowledgement. */
  internalTitles?: readonly string[];
}

export interface FalseClaim {
  claim: string;
  phrases: readonly string[];
}
