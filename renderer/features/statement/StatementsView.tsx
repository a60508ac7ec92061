import { useState, type SubmitEvent } from 'react';
import { statementPhases, type StatementPhase } from '../../../shared/domain/statement';
import { nothingNewTemplate } from '../../../shared/rules/public-cadence';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectStatement, selectStatements } from '../../store/statements-slice';
import { phaseLabels, statusLabels } from './labels';
import { NextUpdate } from './StatementsPanel';
import { StatementWorkspace } from './StatementWorkspace';
import './statements.css';

function NewStatementForm() {
  const createStatement = useConsole((s) => s.createStatement);
  const [title, setTitle] = useState('');
  const [phase, setPhase] = useState<StatementPhase>('immediate-safety');
  const [error, setError] = useState<string | null>(null);
  const start = async (text: string, name = title) => {
    if (!name.trim()) return setError('Give the statement a title.');
    const failure = await createStatement({ title: name, phase, language: 'en', text });
    setError(failure?.message ?? null);
    if (!failure) setTitle('');
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void start('');
  };
  return (
    <form className="new-statement" onSubmit={submit} noValidate>
      <h3>New statement</h3>
      <Field label="Title">{(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <ChoiceField label="Phase" value={phase} options={statementPhases} describe={(p) => phaseLabels[p]} onChange={setPhase} />
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="primary">
          Start draft
        </button>
        <button type="button" className="quiet" onClick={() => void start(nothingNewTemplate([]), title || 'Update: nothing new yet')}>
          “Nothing new yet” update
        </button>
      </div>
    </form>
  );
}

/** Statements of the incident: the list on the side, the open one in the workspace. */
export function StatementsView() {
  const statements = useConsole(selectStatements);
  const open = useConsole(selectStatement);
  const openStatement = useConsole((s) => s.openStatement);
  return (
    <>
      <h2 className="view-title">Statements</h2>
      <div className="statements-view">
        <aside className="statement-list" aria-label="Statements of this incident">
          <NextUpdate />
          {statements.length === 0 ? (
            <p className="muted">No statement yet. Start with immediate safety guidance.</p>
          ) : (
            <ul>
              {statements.map((s) => (
                <li key={s.id}>
                  <button type="button" aria-current={open?.id === s.id ? 'true' : undefined} onClick={() => void openStatement(s.id)}>
                    <span className="statement-title">{s.title}</span>
                    <span className={`status-badge status-${s.status}`}>{statusLabels[s.status]}</span>
                    {s.changedSinceApproval && <span className="changed-badge">Changed since approval</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <NewStatementForm />
        </aside>
        <div className="statement-main">{open ? <StatementWorkspace key={open.id} statement={open} /> : <p className="muted">Open a statement or start a new one.</p>}</div>
      </div>
    </>
  );
}
