import { useState } from 'react';
import type { StatementDetail } from '../../../shared/domain/statement';
import { useConcordQuery } from '../../api/query';
import { formatTime } from '../../components/format';
import { languageAttributes } from '../../../shared/rules/text-direction';
import { languageName } from './labels';

/** Every saved text, newest first, with who approved it; any two of one language can be compared word by word. */
export function RevisionHistory({ statement }: { statement: StatementDetail }) {
  const [pair, setPair] = useState<[string, string] | null>(null);
  const pairLanguage = statement.revisions.find((r) => r.id === pair?.[1])?.language;
  const parts = useConcordQuery('statement:diff', pair ? { statementId: statement.id, from: pair[0], to: pair[1] } : null).data?.parts ?? [];
  return (
    <section className="revision-history" aria-label="Revisions">
      <h4>Revisions</h4>
      <ol>
        {statement.revisions.map((r) => {
          const approvals = statement.approvals.filter((a) => a.revisionId === r.id);
          return (
            <li key={r.id}>
              <span>
                {languageName(r.language)} · <time dateTime={r.at}>{formatTime(r.at)}</time> · {r.author} · <code>{r.hash.slice(0, 8)}</code>
                {approvals.length > 0 && <strong> · approved by {approvals.map((a) => a.approver).join(', ')}</strong>}
              </span>
              {r.parentId && (
                <button type="button" className="quiet small" onClick={() => setPair([r.parentId, r.id])}>
                  Compare with previous
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {pair && (
        <div className="diff" aria-label="Changes between the two revisions" data-testid="revision-diff" {...(pairLanguage && languageAttributes(pairLanguage))}>
          {parts.map((p, i) =>
            p.kind === 'added' ? <ins key={i}>{p.text}</ins> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>,
          )}
        </div>
      )}
    </section>
  );
}
