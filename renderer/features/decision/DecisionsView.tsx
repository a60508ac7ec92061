import { useState, type SubmitEvent } from 'react';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { MayNot, useMay } from '../roster/use-may';
import { DecisionList } from './DecisionList';
import { useDecisions, usePriorities } from '../priority/use-priorities';
import '../priority/priorities.css';

/** Peduto's rule made a form: a decision names the priorities it serves, or says why it serves none. */
function RecordDecisionForm() {
  const incidentId = useConsole(selectIncidentId) ?? '';
  const priorities = usePriorities().data ?? [];
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [serves, setServes] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [publishable, setPublishable] = useState(false);
  // A refused decision keeps what was typed: only a logged one clears the form.
  const record = useConcordMutation('decision:record', {
    shownIn: 'form',
    onSuccess: () => {
      [setWhat, setWhy, setReason].forEach((set) => set(''));
      setServes([]);
      setPublishable(false);
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void record.run({ incidentId, what, why, priorityIds: serves, noPriorityReason: serves.length > 0 ? '' : reason, publishable });
  };
  const toggle = (id: string) => setServes(serves.includes(id) ? serves.filter((s) => s !== id) : [...serves, id]);
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="record-decision-title">
      <h3 id="record-decision-title">Log a decision</h3>
      <Field label="Decision">{(c) => <textarea {...c} rows={2} value={what} onChange={(e) => setWhat(e.target.value)} />}</Field>
      <Field label="Why">{(c) => <textarea {...c} rows={2} value={why} onChange={(e) => setWhy(e.target.value)} />}</Field>
      <fieldset className="choice-group">
        <legend>Priorities it serves</legend>
        {priorities.length === 0 && <p className="muted">No priority yet: set priorities first, or say why this serves none.</p>}
        {priorities.map((p) => (
          <div className="check" key={p.id}>
            <input id={`serves-${p.id}`} type="checkbox" checked={serves.includes(p.id)} onChange={() => toggle(p.id)} />
            <label htmlFor={`serves-${p.id}`}>{p.title}</label>
          </div>
        ))}
      </fieldset>
      {serves.length === 0 && (
        <Field label="Why it serves no priority" hint="Required when no priority is ticked.">
          {(c) => <input {...c} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      )}
      <div className="check">
        <input id="decision-publishable" type="checkbox" checked={publishable} onChange={(e) => setPublishable(e.target.checked)} />
        <label htmlFor="decision-publishable">Publishable: the public may hear of this decision</label>
      </div>
      <FormError message={record.error} />
      <button type="submit" className="primary" disabled={!what.trim() || (serves.length === 0 && !reason.trim())}>
        Log decision
      </button>
    </form>
  );
}

function VerifyChain() {
  // Asked on a click, and again on each click: the chain is checked against what the store holds now.
  const [asked, setAsked] = useState(false);
  const input = useIncidentInput({});
  const { data: report, reload } = useConcordQuery('decision:verify', asked ? input : null);
  return (
    <div className="verify">
      <button type="button" onClick={() => (asked ? reload() : setAsked(true))}>
        Verify the decision log
      </button>
      {report && (
        <p role="status" className={report.intact ? 'muted' : 'form-error'} data-testid="verify-result">
          {report.intact
            ? `${report.checked === 1 ? 'The one decision is' : `All ${report.checked} decisions are`} intact: every console’s chain verifies.`
            : report.problems.map((p) => `${p.problem}: ${p.detail}`).join(' · ')}
        </p>
      )}
    </div>
  );
}

export function DecisionsView() {
  const decisions = useDecisions();
  const mayDecide = useMay('decide');
  return (
    <>
      <h2 className="view-title">Decisions</h2>
      <p className="guidance">
        <span className="muted">From the guidance: </span>“Ensure future decision-making is consistent with these principles.”
      </p>
      <div className="priorities-layout">
        <section aria-label="Decision log">
          <VerifyChain />
          <FormError message={decisions.error} />
          {decisions.data && <DecisionList decisions={decisions.data} />}
        </section>
        {mayDecide.allowed ? <RecordDecisionForm /> : <MayNot may={mayDecide} />}
      </div>
    </>
  );
}
