import { findRuns, phraseWords, spanOf, tokenize, type Run, type Token } from './tokens';
import type { Finding, GuidanceInput, WordList } from './types';

/**
 * The guidance of phase two of communication (guide for mayors, chapter 3; city-led response, chapter 2): do not
 * repeat what was recorded as false, do not blame a community, speak out against hate, and keep what is internal
 * out of a public text. Pure, like the rest of the check.
 */
export function phaseTwoFindings(input: GuidanceInput): Finding[] {
  const tokens = tokenize(input.text);
  return [...repeatsFalseClaim(input, tokens), ...groupBlame(input, tokens), ...noStanceAgainstHate(input, tokens), ...internalDisclosed(input, tokens)];
}

const stopWordsOf = (wordList: WordList | null): Set<string> => new Set((wordList?.stopWords ?? []).flatMap(phraseWords));

/** Plural and singular meet ("refugees", "refugee"; "refugiados", "refugiado"): enough for content-word overlap. */
const stem = (word: string): string => (word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word);

const contentWords = (words: readonly string[], stop: ReadonlySet<string>): Set<string> => new Set(words.filter((w) => !stop.has(w)).map(stem));

const quoted = (text: string, tokens: readonly Token[], run: Run): Pick<Finding, 'start' | 'end'> & { said: string } => {
  const span = spanOf(tokens, run);
  return { ...span, said: text.slice(span.start, span.end) };
};

/**
 * A restatement shares at least this share of a claim's content words, and at least `minShared` of them. A sentence
 * that shares only a claim's setting (the market, the attack) and says something else about it stays below: the
 * setting is rarely three quarters of a claim as people record it ("31 dead in the market attack").
 */
export const restatementShare = 0.75;
export const minShared = 3;

function repeatsFalseClaim({ text, falseClaims = [], wordList }: GuidanceInput, tokens: readonly Token[]): Finding[] {
  const stop = stopWordsOf(wordList);
  const findings: Finding[] = [];
  const flagged = new Set<number>();
  for (const { claim, phrases } of falseClaims) {
    for (const run of findRuns(tokens, phrases)) {
      const { said, ...span } = quoted(text, tokens, run);
      flagged.add(tokens[run.first]?.sentence ?? -1);
      findings.push({ rule: 'repeats-false-claim', severity: 'warning', ...span, message: `“${said}” repeats a claim recorded as false (“${claim}”): say what is true without repeating the false detail.` });
    }
  }
  const sentences = new Map<number, Token[]>();
  for (const t of tokens) {
    const list = sentences.get(t.sentence);
    if (list) list.push(t);
    else sentences.set(t.sentence, [t]);
  }
  for (const { claim } of falseClaims) {
    const claimWords = contentWords(phraseWords(claim), stop);
    if (claimWords.size < minShared) continue;
    for (const [index, words] of sentences) {
      if (flagged.has(index)) continue;
      const here = contentWords(words.map((t) => t.word), stop);
      const shared = [...claimWords].filter((w) => here.has(w)).length;
      if (shared < minShared || shared / claimWords.size < restatementShare) continue;
      flagged.add(index);
      const span = { start: words[0]?.start ?? 0, end: words.at(-1)?.end ?? 0 };
      findings.push({ rule: 'repeats-false-claim', severity: 'warning', ...span, message: `This sentence restates a claim recorded as false (“${claim}”): say what is true instead of repeating the rumour.` });
    }
  }
  return findings;
}

/** Blame and a group within this many words of each other, in one sentence, read as blaming the group. */
export const blameWindow = 5;
/**
 * A negation governs the blame when it stands between the first of the two and the blame, or up to this many words
 * before them ("we reject any attempt to blame Muslims"), or right before the group ("the driver is responsible,
 * not Muslims").
 */
const negationReach = 4;

const gap = (a: Run, b: Run): number => (a.end <= b.first ? b.first - a.end : a.first - b.end);

function groupBlame({ text, communityNames = [], wordList }: GuidanceInput, tokens: readonly Token[]): Finding[] {
  if (!wordList) return [];
  const groups = findRuns(tokens, [...communityNames, ...wordList.groupTerms]);
  const blames = findRuns(tokens, wordList.blame);
  const negations = findRuns(tokens, wordList.negations);
  const sentence = (run: Run): number => tokens[run.first]?.sentence ?? -1;
  return blames.flatMap((blame) => {
    const group = groups.find((g) => sentence(g) === sentence(blame) && gap(g, blame) <= blameWindow);
    if (!group) return [];
    const from = Math.min(group.first, blame.first) - negationReach;
    const negates = (n: Run) => sentence(n) === sentence(blame) && ((n.first >= from && n.end <= blame.first) || (n.end <= group.first && group.first - n.end <= 1));
    if (negations.some(negates)) return [];
    const run = { first: Math.min(group.first, blame.first), end: Math.max(group.end, blame.end) };
    const { said, ...span } = quoted(text, tokens, run);
    return [{ rule: 'group-blame' as const, severity: 'warning' as const, ...span, message: `“${said}” ties a community to blame or retaliation: the attacker is responsible, not a community. Say so, or name no group.` }];
  });
}

function noStanceAgainstHate({ phase, text, wordList }: GuidanceInput, tokens: readonly Token[]): Finding[] {
  if (phase !== 'first-official' || !wordList || text.trim() === '' || findRuns(tokens, wordList.againstHate).length > 0) return [];
  return [
    {
      rule: 'no-stance-against-hate',
      severity: 'warning',
      start: 0,
      end: 0,
      message: 'A first official statement should speak out against hate: condemn the attack and any hatred against the communities it is blamed on.',
    },
  ];
}

/** A run of a title this long, with this many content words, quotes it even when the whole title is not there. */
export const quotedRunWords = 5;
const quotedRunContent = 3;

/**
 * A content word here is one of four letters or more, or one with a digit: no word list, so the judge, which runs
 * this rule on approvals, decides the same on every console whatever word lists its build carries.
 */
const isContent = (word: string): boolean => word.length >= 4 || /\p{N}/u.test(word);

/**
 * The longest run of consecutive words that `title` and the text share, starting anywhere in either. Runs start only
 * where the title's word occurs in the text (`at`, the text's word positions), so an incident with thousands of
 * tasks costs a look-up per title word, not a pass over the text per title.
 */
function longestSharedRun(tokens: readonly Token[], at: ReadonlyMap<string, number[]>, title: readonly string[]): Run {
  let best = { first: 0, end: 0 };
  title.forEach((word, j) => {
    for (const i of at.get(word) ?? []) {
      let k = 1;
      while (title[j + k] !== undefined && tokens[i + k]?.word === title[j + k]) k++;
      if (k > best.end - best.first) best = { first: i, end: i + k };
    }
  });
  return best;
}

function internalDisclosed({ text, internalTitles = [] }: GuidanceInput, tokens: readonly Token[]): Finding[] {
  const at = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const places = at.get(t.word);
    if (places) places.push(i);
    else at.set(t.word, [i]);
  });
  return internalTitles.flatMap((title) => {
    const words = phraseWords(title);
    const run = longestSharedRun(tokens, at, words);
    const length = run.end - run.first;
    const content = tokens.slice(run.first, run.end).filter((t) => isContent(t.word)).length;
    const whole = length === words.length && content >= 2;
    if (!whole && (length < quotedRunWords || content < quotedRunContent)) return [];
    const { said, ...span } = quoted(text, tokens, run);
    return [
      {
        rule: 'internal-priority-disclosed' as const,
        severity: 'blocking' as const,
        ...span,
        message: `“${said}” quotes “${title}”, which is internal (a priority or task not for the public): leave it out, or the approver must acknowledge it.`,
      },
    ];
  });
}
