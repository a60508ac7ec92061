import { useState, type SubmitEvent } from 'react';
import { statementPhases, type StatementPhase } from '../../../shared/domain/statement';
import { nothingNewTemplate } from '../../../shared/rules/public-cadence';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectIncidentId, selectStatementId } from '../../store/ui-slice';
import { MayNot, useMay } from '../roster/use-may';
import { phaseLabels, statusLabels } from './labels';
import { NextUpdate } from './StatementsPanel';
import { StatementWorkspace } from './StatementWorkspace';
import { useStatementWrite } from './use-statement-write';
import './statements.css';

function NewStatementForm({ incidentId, onCreated }: { incidentId: string; onCreated: (statementId: string) => void }) {
  const [title, setTitle] = useState('');
  const [phase, setPhase] = useState<StatementPhase>('immediate-safety');
  const [untitled, setUntitled] = useState(false);
  const create = useStatementWrite('statement:create', {
    shownIn: 'form',
    onDone: (detail) => {
      setTitle('');
      onCreated(detail.id);
    },
  });
  // A transparency update from what the console records as public; it opens as a draft like any other.
  const fromConsole = useStatementWrite('statement:draftUpdate', { shownIn: 'form', onDone: (detail) => onCreated(detail.id) });
  const start = (text: string, name = title) => {
    setUntitled(!name.trim());
    if (name.trim()) void create.run({ incidentId, title: name, phase, language: 'en', text });
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    start('');
  };
  return (
    <form className="new-statement" onSubmit={submit} noValidate>
      <h3>New statement</h3>
      <Field label="Title">{(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <ChoiceField label="Phase" value={phase} options={statementPhases} describe={(p) => phaseLabels[p]} onChange={setPhase} />
      <FormError message={untitled ? 'Give the statement a title.' : (create.error ?? fromConsole.error)} />
      <div className="actions">
        <button type="submit" className="primary">
          Start draft
        </button>
        <button type="button" className="quiet" onClick={() => start(nothingNewTemplate([]), title || 'Update: nothing new yet')}>
          “Nothing new yet” update
        </button>
        <button
          type="button"
          onClick={() =>
            // It needs no title: once drafted, a missing-title note from an earlier try no longer applies.
            void fromConsole.run({ incidentId, language: 'en' }).then((drafted) => {
              if (drafted) setUntitled(false);
            })
          }
        >
          Draft an update from the console
        </button>
      </div>
    </form>
  );
}

/** Statements of the incident: the list on the side, the open one in the workspace. */
export function StatementsView() {
  const statements = useConcordQuery('statement:list', useIncidentInput({})).data ?? [];
  const openId = useConsole(selectStatementId);
  const openStatement = useConsole((s) => s.openStatement);
  const open = useConcordQuery('statement:get', openId === null ? null : { id: openId }).data;
  const incidentId = useConsole(selectIncidentId);
  const mayDraft = useMay('draftStatements');
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
                  <button type="button" aria-current={open?.id === s.id ? 'true' : undefined} onClick={() => openStatement(s.id)}>
                    <span className="statement-title">{s.title}</span>
                    <span className={`status-badge status-${s.status}`}>{statusLabels[s.status]}</span>
                    {s.changedSinceApproval && <span className="changed-badge">Changed since approval</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {incidentId && mayDraft.allowed ? <NewStatementForm incidentId={incidentId} onCreated={openStatement} /> : <MayNot may={mayDraft} />}
        </aside>
        <div className="statement-main">{open ? <StatementWorkspace key={open.id} statement={open} /> : <p className="muted">Open a statement or start a new one.</p>}</div>
      </div>
    </>
  );
}
