import { useState } from 'react';
import type { StatementDetail } from '../../../shared/domain/statement';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { StatementActions } from './StatementActions';
import { StatementComments } from './StatementComments';
import { StatementSettings } from './StatementSettings';
import { LanguageEditor } from './LanguageEditor';
import { RevisionHistory } from './RevisionHistory';
import { languageName, statusLabels, translationLabels } from './labels';

/** One statement: its languages as tabs, the editor of the chosen one, then review, approval, publication and history. */
export function StatementWorkspace({ statement }: { statement: StatementDetail }) {
  const incidentId = useConsole(selectIncidentId);
  const [language, setLanguage] = useState(statement.variants[0]?.language ?? 'en');
  const variant = statement.variants.find((v) => v.language === language) ?? statement.variants[0];
  if (!incidentId) return null;
  return (
    <article className="statement" aria-labelledby="statement-title">
      <header className="statement-head">
        <h3 id="statement-title">{statement.title}</h3>
        <span className={`status-badge status-${statement.status}`} data-testid="statement-status">
          {statusLabels[statement.status]}
        </span>
        {statement.changedSinceApproval && (
          <span className="changed-badge" data-testid="changed-since-approval">
            Changed since approval
          </span>
        )}
      </header>
      <StatementSettings statement={statement} />
      <div className="language-tabs" role="group" aria-label="Languages">
        {statement.variants.map((v) => (
          <button key={v.language} type="button" aria-pressed={v.language === variant?.language} onClick={() => setLanguage(v.language)}>
            {languageName(v.language)} · {translationLabels[v.translationStatus]}
            {v.changedSinceApproval ? ' · changed' : v.approvedRevisionId && v.approvedRevisionId === v.currentRevisionId ? ' · approved' : ''}
          </button>
        ))}
      </div>
      {variant && <LanguageEditor key={variant.language} incidentId={incidentId} statement={statement} variant={variant} />}
      <StatementActions statement={statement} />
      <RevisionHistory statement={statement} />
      <StatementComments statement={statement} />
    </article>
  );
}
