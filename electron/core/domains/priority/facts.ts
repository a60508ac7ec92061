import { endSpan, ledgerSlice, valueAt, within, type Span } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

interface PriorityFact extends Span {
  titles: [Position, string][];
  visibilities: [Position, string][];
}

/**
 * Which priorities stood when, with their titles and visibility over time: what a decision's rule reads to know the
 * priorities it serves exist, and what a statement approval's rule reads to know which titles were internal.
 */
export class PriorityFacts {
  private readonly priorities = new Map<string, PriorityFact>();

  exists(id: string, at: Position): boolean {
    const p = this.priorities.get(id);
    return p !== undefined && within(p, at);
  }

  /** The titles of the priorities that stood at `at` and were internal then. */
  internalTitles(at: Position): string[] {
    return [...this.priorities.values()].flatMap((p) => (within(p, at) && valueAt(p.visibilities, at) === 'internal' ? [valueAt(p.titles, at) ?? ''] : [])).filter(Boolean);
  }

  add(id: string, at: Position): void {
    if (!this.priorities.has(id)) this.priorities.set(id, { from: at, until: null, titles: [], visibilities: [] });
  }

  /** A title or visibility set at `at` (by the priority's adding op or a later edit). */
  set(id: string, fields: { title?: string; visibility?: string }, at: Position): void {
    const p = this.priorities.get(id);
    if (!p) return;
    if (fields.title !== undefined) p.titles.push([at, fields.title]);
    if (fields.visibility !== undefined) p.visibilities.push([at, fields.visibility]);
  }

  remove(id: string, at: Position): void {
    endSpan(this.priorities.get(id), at);
  }
}

export const priorityFacts = ledgerSlice(() => new PriorityFacts());
