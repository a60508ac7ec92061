import { useState, type SubmitEvent } from 'react';
import { needStatuses, supportFields, type Household, type SupportField, type SupportNeed } from '../../../shared/domain/support';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise, formatDateTime } from '../../components/format';
import { useMay } from '../roster/use-may';
import { inHours } from './labels';

function NeedForm({ householdId }: { householdId: string }) {
  const [field, setField] = useState<SupportField>('medical');
  const [summary, setSummary] = useState('');
  const [dueHours, setDueHours] = useState('24');
  const [empty, setEmpty] = useState(false);
  const add = useConcordMutation('support:addNeed', { shownIn: 'form', onSuccess: () => setSummary('') });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setEmpty(!summary.trim());
    if (!summary.trim()) return;
    const hours = Number(dueHours);
    void add.run({ householdId, field, summary, dueAt: dueHours && Number.isFinite(hours) ? inHours(hours) : null });
  };
  return (
    <form className="support-form" onSubmit={submit} noValidate aria-labelledby="support-need-form-title">
      <h5 id="support-need-form-title">Add a need</h5>
      <div className="form-row">
        <ChoiceField label="Field" value={field} options={supportFields} describe={capitalise} onChange={setField} />
        <Field label="Due in (hours)">{(c) => <input {...c} type="number" min="0" value={dueHours} onChange={(e) => setDueHours(e.target.value)} />}</Field>
      </div>
      <Field label="What is needed" hint="Short and without names: everyone on the incident reads it.">
        {(c) => <input {...c} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
      <FormError message={empty ? 'Say what is needed.' : add.error} />
      <button type="submit">Add need</button>
    </form>
  );
}

/** Needs across the six fields the guide names, with their status; an overdue one is flagged. */
export function NeedsSection({ household, needs }: { household: Household; needs: SupportNeed[] }) {
  const may = useMay('supportFamilies');
  const update = useConcordMutation('support:updateNeed');
  return (
    <>
      <h4>Needs</h4>
      {needs.length === 0 && <p className="muted">No need recorded yet.</p>}
      <ul className="plain-list need-rows" data-testid="support-needs" aria-label="Needs">
        {needs.map((n) => (
          <li key={n.id}>
            <div>
              <strong>{capitalise(n.field)}</strong>: {n.summary}
              <div className="muted">
                {n.dueAt ? `Due ${formatDateTime(n.dueAt)}` : 'No due time'}
                {n.overdue && <span className="overdue-flag"> · overdue</span>}
                {n.ownerName && ` · ${n.ownerName}`}
                {!may.allowed && ` · ${capitalise(n.status)}`}
              </div>
            </div>
            {may.allowed && <ChoiceField label="Status" value={n.status} options={needStatuses} describe={capitalise} onChange={(status) => void update.run({ id: n.id, changes: { status } })} />}
          </li>
        ))}
      </ul>
      {may.allowed && <NeedForm householdId={household.id} />}
    </>
  );
}
