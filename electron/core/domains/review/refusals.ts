import type { RefusedEdit } from '../../../../shared/domain/refusal';
import { refusalKinds, type AfterAction, type RefusalKind } from '../../../../shared/domain/review';
import { CUT_REFUSAL } from '../../kernel/ops/verdict';
import { compareText } from './order';

/**
 * What kind of refusal a reason tells of. The judge keeps a refusal's reason as words; the authority's words come
 * from the roster's answers (domains/roster/facts.ts, `rosterAuthority`), and every other reason is a rule of the
 * record the op touched.
 */
export function refusalKind(reason: string): RefusalKind {
  if (reason === CUT_REFUSAL.reason) return 'revoked console';
  if (/ holds no role that may |^Sign in as a person on this incident/.test(reason)) return 'no role';
  if (/ must set their own PIN before acting|^Written in .+ name (without their signature|signed by a key)/.test(reason)) return 'not their signature';
  return 'rule of the record';
}

/** The refused edits, oldest first, counted by kind (in the kinds' order) and by author (most first). */
export function refusalCounts(refused: readonly RefusedEdit[]): AfterAction['refusals'] {
  const items = refused.map((r) => ({
    deviceId: r.deviceId,
    seq: r.seq,
    at: r.at,
    author: r.author,
    authorName: r.authorName,
    summary: r.summary,
    kind: refusalKind(r.reason),
    reason: r.reason,
    reapplied: r.reapplied !== null,
  }));
  const byAuthor = new Map<string, { author: string; authorName: string; count: number }>();
  for (const r of items) {
    const seen = byAuthor.get(r.author) ?? { author: r.author, authorName: r.authorName, count: 0 };
    byAuthor.set(r.author, { ...seen, count: seen.count + 1 });
  }
  return {
    total: items.length,
    byKind: refusalKinds.map((kind) => ({ kind, count: items.filter((r) => r.kind === kind).length })).filter((k) => k.count > 0),
    byAuthor: [...byAuthor.values()].sort((a, b) => b.count - a.count || compareText(a.authorName, b.authorName) || compareText(a.author, b.author)),
    items,
  };
}
