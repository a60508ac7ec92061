import { useState } from 'react';
import type { StatementDetail } from '../../../shared/domain/statement';
import { Field, FormError } from '../../components/Field';
import { formatTime } from '../../components/format';
import { useConsole } from '../../store';

export function StatementComments({ statement }: { statement: StatementDetail }) {
  const act = useConsole((s) => s.actOnStatement);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (!text.trim()) return setError('Write a comment first.');
    const failure = await act('statement:comment', { statementId: statement.id, language: '', text });
    setError(failure?.message ?? null);
    if (!failure) setText('');
  };
  return (
    <section className="statement-comments" aria-label="Comments">
      <h4>Comments</h4>
      <ul>
        {statement.comments.map((c) => (
          <li key={c.id}>
            <span className="muted">
              {c.author}, <time dateTime={c.at}>{formatTime(c.at)}</time>:
            </span>{' '}
            {c.text}
          </li>
        ))}
      </ul>
      <Field label="Add a comment">{(control) => <textarea {...control} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
      <FormError message={error} />
      <button type="button" onClick={() => void add()}>
        Comment
      </button>
    </section>
  );
}
