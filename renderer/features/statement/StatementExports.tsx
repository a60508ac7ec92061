import { useState } from 'react';
import type { StatementDetail, StatementExport } from '../../../shared/domain/statement';
import { fetchRead } from '../../api/query';
import { FormError } from '../../components/Field';
import { download } from '../../components/download';
import { languageName } from './labels';
import { StatementPrintView } from './StatementPrintView';

export function StatementExports({ statement }: { statement: StatementDetail }) {
  const [error, setError] = useState<string | null>(null);
  const [printLanguage, setPrintLanguage] = useState<string | null>(null);
  const approved = statement.variants.filter((v) => v.approvedRevisionId);
  if (approved.length === 0) return null;
  const get = async (format: StatementExport['format']) => {
    const result = await fetchRead('statement:export', { statementId: statement.id, format });
    if (!result.ok) return setError(result.error.message), null;
    setError(null);
    return result.value;
  };
  return (
    <section className="statement-exports" aria-label="Exports">
      <h4>Exports of the approved text</h4>
      <div className="actions">
        <button type="button" onClick={() => void get('text').then((f) => f && download(f.content, f.filename, f.mediaType))}>
          Download text
        </button>
        <button type="button" onClick={() => void get('cap').then((f) => f && download(f.content, f.filename, f.mediaType))}>
          Download CAP 1.2
        </button>
        <button type="button" onClick={() => void get('ics213').then((f) => f && download(f.content, f.filename, f.mediaType))}>
          Download ICS 213
        </button>
        {approved.map((v) => (
          <button key={v.language} type="button" aria-pressed={printLanguage === v.language} onClick={() => setPrintLanguage(printLanguage === v.language ? null : v.language)}>
            Print view: {languageName(v.language)}
          </button>
        ))}
      </div>
      <FormError message={error} />
      {printLanguage && <StatementPrintView statement={statement} language={printLanguage} />}
    </section>
  );
}
