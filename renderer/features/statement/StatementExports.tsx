import { useState } from 'react';
import type { StatementDetail, StatementExport } from '../../../shared/domain/statement';
import { fetchRead } from '../../api/query';
import { FormError } from '../../components/Field';
import { download } from '../../components/download';
import { languageName } from './labels';

export function StatementExports({ statement }: { statement: StatementDetail }) {
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState<StatementExport | null>(null);
  const approved = statement.variants.filter((v) => v.approvedRevisionId);
  if (approved.length === 0) return null;
  const get = async (format: StatementExport['format'], language?: string) => {
    const result = await fetchRead('statement:export', language ? { statementId: statement.id, format, language } : { statementId: statement.id, format });
    if (!result.ok) return setError(result.error.message), null;
    setError(null);
    return result.value;
  };
  const print = async (language: string) => {
    const file = await get('text', language);
    if (!file) return;
    setPrinting(file);
    // Let the print sheet render first; the browser's print dialog saves it as PDF too.
    setTimeout(() => window.print(), 50);
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
          <button key={v.language} type="button" onClick={() => void print(v.language)}>
            Print {languageName(v.language)}
          </button>
        ))}
      </div>
      <FormError message={error} />
      {printing && <pre className="print-sheet">{printing.content}</pre>}
    </section>
  );
}
