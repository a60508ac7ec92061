import { useState } from 'react';
import { translationStatuses, type StatementDetail, type StatementVariant } from '../../../shared/domain/statement';
import { languageAttributes } from '../../../shared/rules/text-direction';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { useMay } from '../roster/use-may';
import { FindingsList, HighlightedText } from './HighlightedText';
import { languageName, translationLabels } from './labels';
import { useFindings } from './use-findings';
import { useStatementWrite } from './use-statement-write';

interface Props {
  incidentId: string;
  statement: StatementDetail;
  variant: StatementVariant;
}

/** The text of one language: typed freely, checked live, saved as a new immutable revision. */
export function LanguageEditor({ incidentId, statement, variant }: Props) {
  const revise = useStatementWrite('statement:revise', { shownIn: 'form' });
  const setVariantWrite = useStatementWrite('statement:setVariant', { shownIn: 'form' });
  const mayDraft = useMay('draftStatements');
  const saved = statement.revisions.find((r) => r.id === variant.currentRevisionId)?.text ?? '';
  const [text, setText] = useState(saved);
  const [translator, setTranslator] = useState(variant.translator);
  const locked = statement.status === 'published' || statement.status === 'withdrawn' || !mayDraft.allowed;
  const findings = useFindings({ incidentId, statementId: statement.id, phase: statement.phase, language: variant.language, text });
  const save = () => revise.run({ statementId: statement.id, language: variant.language, text });
  const setVariant = (patch: { translationStatus?: StatementVariant['translationStatus']; translator?: string }) =>
    setVariantWrite.run({ statementId: statement.id, language: variant.language, ...patch });
  return (
    <section className="language-editor" aria-label={`Text in ${languageName(variant.language)}`}>
      <div className="editor-columns">
        <div>
          <Field label={`Text (${languageName(variant.language)})`} hint={!mayDraft.allowed ? (mayDraft.reason ?? '') : locked ? 'Published text is final: write an update as a new statement.' : 'Saved as a new revision; an approved text that changes needs approving again.'}>
            {(control) => <textarea {...control} {...languageAttributes(variant.language)} rows={9} value={text} readOnly={locked} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="button" className="primary" disabled={locked || text.trim() === saved.trim()} onClick={() => void save()}>
              Save text
            </button>
            {text.trim() !== saved.trim() && <span className="muted">Unsaved changes</span>}
          </div>
          {mayDraft.allowed ? (
            <div className="translation-row">
              <ChoiceField
                label="Translation status"
                value={variant.translationStatus}
                options={translationStatuses}
                describe={(s) => translationLabels[s]}
                onChange={(translationStatus) => void setVariant({ translationStatus })}
              />
              <Field label="Translated by">
                {(control) => <input {...control} value={translator} onChange={(e) => setTranslator(e.target.value)} onBlur={() => translator !== variant.translator && void setVariant({ translator })} />}
              </Field>
            </div>
          ) : (
            <p className="muted">
              Translation: {translationLabels[variant.translationStatus]}
              {variant.translator && `, by ${variant.translator}`}
            </p>
          )}
          <FormError message={revise.error ?? setVariantWrite.error} />
        </div>
        <div className="findings-column">
          <h4>Guidance check</h4>
          <HighlightedText text={text} language={variant.language} findings={findings} />
          <FindingsList findings={findings} />
        </div>
      </div>
    </section>
  );
}
