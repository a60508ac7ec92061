import type { StatementDetail } from '../../../shared/domain/statement';
import { languageAttributes } from '../../../shared/rules/text-direction';
import { formatDateTime } from '../../components/format';
import { ExerciseMark } from '../../components/print/ExerciseMark';
import { PrintButton } from '../../components/print/PrintButton';
import { useOpenIncident } from '../incident/use-incident';
import { languageName, phaseLabels } from './labels';

/**
 * The approved text of one language as a document to print or save as PDF: what the spokesperson reads out or the
 * community network passes on, with who approved which revision and when, so a printed copy can be traced.
 */
export function StatementPrintView({ statement, language }: { statement: StatementDetail; language: string }) {
  const incident = useOpenIncident();
  const variant = statement.variants.find((v) => v.language === language);
  const revision = statement.revisions.find((r) => r.id === variant?.approvedRevisionId);
  if (!incident || !variant || !revision) return null;
  const approvals = statement.approvals.filter((a) => a.revisionId === revision.id);
  const titleId = `statement-print-${language}`;
  return (
    <article className="statement-print print-doc" aria-labelledby={titleId} data-testid="statement-print">
      <ExerciseMark />
      <header>
        <p className="statement-print-incident">{incident.name}</p>
        <h2 id={titleId}>{statement.title}</h2>
        <p className="muted">
          {phaseLabels[statement.phase]} · {languageName(language)}
        </p>
        <PrintButton fileName={`${statement.title} (${language})`} />
      </header>
      <div className="statement-print-text" data-testid="statement-print-text" {...languageAttributes(language)}>
        {revision.text}
      </div>
      <footer className="statement-print-seal">
        <p>
          Approved by{' '}
          {approvals.map((a, i) => (
            <span key={a.id}>
              {i > 0 && ', '}
              {a.approver} on <time dateTime={a.at}>{formatDateTime(a.at)}</time>
            </span>
          ))}
          . Revision saved by {revision.author} on <time dateTime={revision.at}>{formatDateTime(revision.at)}</time>.
        </p>
        <p className="statement-print-hash">SHA-256 of the text {revision.hash}</p>
        {variant.changedSinceApproval && <p>A later draft of this language exists and is not approved: this is the approved text.</p>}
      </footer>
    </article>
  );
}
