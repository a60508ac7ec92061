import { endSpan, ledgerSlice, within, type Span } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

/** Which priorities stood when: what a decision's rule reads to know the priorities it serves exist. */
export class PriorityFacts {
  private readonly priorities = new Map<string, Span>();

  exists(id: string, at: Position): boolean {
    const p = this.priorities.get(id);
    return p !== undefined && within(p, at);
  }

  add(id: string, at: Position): void {
    if (!this.priorities.has(id)) this.priorities.set(id, { from: at, until: null });
  }

  remove(id: string, at: Position): void {
    endSpan(this.priorities.get(id), at);
  }
}

export const priorityFacts = ledgerSlice(() => new PriorityFacts());
