import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../../../../shared/domain/statement';
import { ConcordError } from '../../../../shared/result';
import { requireRow } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';
import { revisionsOf } from './read';

/** Word-level differences between two revisions of one statement, as runs of kept, added and removed text. */
export function diffRevisions(ws: Workspace, statementId: string, fromId: string, toId: string): DiffPart[] {
  requireRow(ws, 'statement', statementId, 'statement');
  const revisions = revisionsOf(ws.db, statementId);
  const from = revisions.find((r) => r.id === fromId);
  const to = revisions.find((r) => r.id === toId);
  if (!from || !to) throw new ConcordError('not_found', 'both revisions must belong to this statement');
  return diffWordsWithSpace(from.text, to.text).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}
