import type { Incident } from '../../../../../shared/domain/incident';
import type { StatementDetail, StatementRevision } from '../../../../../shared/domain/statement';
import { ConcordError } from '../../../../../shared/result';

export interface ApprovedText {
  revision: StatementRevision;
  approver: string;
  approvedAt: string;
}

/**
 * What an export may carry: per language, the revision that went out (for a published statement) or the approved
 * revision. A text nobody approved is never exported, so no export path leaks an unapproved draft.
 */
export function approvedTexts(statement: StatementDetail, language?: string): ApprovedText[] {
  const published = statement.transitions.find((t) => t.kind === 'publish');
  const ids = published ? published.revisionIds : statement.variants.map((v) => v.approvedRevisionId).filter((id): id is string => id !== null);
  const texts = ids.flatMap((id) => {
    const revision = statement.revisions.find((r) => r.id === id);
    const approval = statement.approvals.find((a) => a.revisionId === id);
    if (!revision || !approval || (language && revision.language !== language)) return [];
    return [{ revision, approver: approval.approver, approvedAt: approval.at }];
  });
  if (texts.length === 0) throw new ConcordError('conflict', `no approved text${language ? ` in ${language}` : ''} to export yet`);
  return texts.sort((a, b) => a.revision.language.localeCompare(b.revision.language));
}

export const slug = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'statement';

export interface ExportContext {
  incident: Incident;
  statement: StatementDetail;
  /** Present for a statement that follows an earlier published one. */
  follows: StatementDetail | null;
  now: string;
  /** Role names of a person at present, for "position" lines. */
  positionOf: (personName: string) => string;
}
