import { endSpan, ledgerSlice, valueAt, within, type Span } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

export interface RevisionFact {
  statementId: string;
  language: string;
  hash: string;
  author: string;
  text: string;
  from: Position;
}

/** Statements, their revisions and approvals as the two-person rule and approved-only publication read them. */
export class StatementFacts {
  private readonly statements = new Map<string, Span & { phases: [Position, string][] }>();
  private readonly revisions = new Map<string, RevisionFact>();
  private readonly approvals = new Map<string, { author: string; from: Position }[]>();

  statementAt(id: string, at: Position): { phase: string } | null {
    const s = this.statements.get(id);
    if (!s || !within(s, at)) return null;
    return { phase: valueAt(s.phases, at) ?? '' };
  }

  revisionAt(id: string, at: Position): RevisionFact | null {
    const r = this.revisions.get(id);
    return r && r.from < at ? r : null;
  }

  hasRevisions(statementId: string, at: Position): boolean {
    for (const r of this.revisions.values()) if (r.statementId === statementId && r.from < at) return true;
    return false;
  }

  /** An approval of the revision made before `at`, by `author` when given. */
  approved(revisionId: string, at: Position, author?: string): boolean {
    return (this.approvals.get(revisionId) ?? []).some((a) => a.from < at && (author === undefined || a.author === author));
  }

  setStatement(id: string, phase: string | undefined, at: Position): void {
    const s = this.statements.get(id) ?? { from: at, until: null, phases: [] };
    this.statements.set(id, s);
    if (phase !== undefined) s.phases.push([at, phase]);
  }

  removeStatement(id: string, at: Position): void {
    endSpan(this.statements.get(id), at);
  }

  addRevision(id: string, revision: RevisionFact): void {
    if (!this.revisions.has(id)) this.revisions.set(id, revision);
  }

  addApproval(revisionId: string, author: string, at: Position): void {
    this.approvals.set(revisionId, [...(this.approvals.get(revisionId) ?? []), { author, from: at }]);
  }
}

export const statementFacts = ledgerSlice(() => new StatementFacts());
