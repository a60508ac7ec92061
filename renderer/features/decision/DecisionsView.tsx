import { useState, type SubmitEvent } from 'react';
import type { z } from 'zod';
import type { decisionVerifyOutput } from '../../../shared/domain/priority';
import { call } from '../../api/client';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectCurrent } from '../../store/incidents-slice';
import { selectMay } from '../../store/operator-slice';
import { DecisionList } from './DecisionList';
import { useDecisions, usePriorities } from '../priority/use-priorities';
import '../priority/priorities.css';

/** Peduto's rule made a form: a decision names the priorities it serves, or says why it serves none. */
function RecordDecisionForm() {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const priorities = usePriorities().data ?? [];
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [serves, setServes] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await call('decision:record', { incidentId, what, why, priorityIds: serves, noPriorityReason: serves.length > 0 ? '' : reason });
    setFailure(result.ok ? null : result.error.message);
    if (result.ok) [setWhat, setWhy, setReason].forEach((set) => set(''));
    if (result.ok) setServes([]);
  };
  const toggle = (id: string) => setServes(serves.includes(id) ? serves.filter((s) => s !== id) : [...serves, id]);
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="record-decision-title">
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
      <FormError message={failure} />
      <button type="submit" className="primary" disabled={!what.trim() || (serves.length === 0 && !reason.trim())}>
        Log decision
      </button>
    </form>
  );
}

function VerifyChain() {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const [report, setReport] = useState<z.infer<typeof decisionVerifyOutput> | null>(null);
  return (
    <div className="verify">
      <button type="button" onClick={() => void call('decision:verify', { incidentId }).then((r) => setReport(r.ok ? r.value : null))}>
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
  const mayDecide = useConsole(selectMay('decide'));
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
        {mayDecide ? <RecordDecisionForm /> : <p className="muted">Only the incident commander and the public-safety lead log decisions.</p>}
      </div>
    </>
  );
}
