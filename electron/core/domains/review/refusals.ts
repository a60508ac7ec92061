import { refusalKinds, type RefusedEdit } from '../../../../shared/domain/refusal';
import type { AfterAction } from '../../../../shared/domain/review';
import { compareText } from './order';

/** The refused edits, oldest first, counted by kind (in the kinds' order) and by author (most first). */
export function refusalCounts(refused: readonly RefusedEdit[]): AfterAction['refusals'] {
  const items = refused.map((r) => ({
    deviceId: r.deviceId,
    seq: r.seq,
    at: r.at,
    author: r.author,
    authorName: r.authorName,
    summary: r.summary,
    kind: r.kind,
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
