import { useState } from 'react';
import type { StatementDetail } from '../../../shared/domain/statement';
import { Field, FormError } from '../../components/Field';
import { formatTime } from '../../components/format';
import { MayNot, useMay } from '../roster/use-may';
import { useStatementWrite } from './use-statement-write';

export function StatementComments({ statement }: { statement: StatementDetail }) {
  const mayPost = useMay('postUpdates');
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const comment = useStatementWrite('statement:comment', { shownIn: 'form', onDone: () => setText('') });
  const add = () => {
    setEmpty(!text.trim());
    if (text.trim()) void comment.run({ statementId: statement.id, language: '', text });
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
      {mayPost.allowed ? (
        <>
          <Field label="Add a comment">{(control) => <textarea {...control} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}</Field>
          <FormError message={empty ? 'Write a comment first.' : comment.error} />
          <button type="button" onClick={add}>
            Comment
          </button>
        </>
      ) : (
        <MayNot may={mayPost} />
      )}
    </section>
  );
}
