import { useState, type SubmitEvent } from 'react';
import { needStatuses, supportFields, type Household, type SupportField, type SupportNeed } from '../../../shared/domain/support';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise, formatDateTime } from '../../components/format';
import { mayProps, useMay } from '../roster/use-may';
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
  const controls = mayProps(may, 'support-may-not');
  return (
    <>
      <h4>Needs</h4>
      {needs.length === 0 ? (
        <p className="muted">No need recorded yet.</p>
      ) : (
        <table className="data-table" data-testid="support-needs">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Need</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {needs.map((n) => (
              <tr key={n.id}>
                <td>{capitalise(n.field)}</td>
                <td>{n.summary}</td>
                <td>
                  {n.dueAt ? formatDateTime(n.dueAt) : '—'}
                  {n.overdue && <span className="overdue-flag"> overdue</span>}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`support-need-${n.id}`}>
                    Status of the {n.field} need
                  </label>
                  <select
                    id={`support-need-${n.id}`}
                    {...controls}
                    value={n.status}
                    onChange={(e) => {
                      const status = needStatuses.find((s) => s === e.target.value);
                      if (status) void update.run({ id: n.id, changes: { status } });
                    }}
                  >
                    {needStatuses.map((s) => (
                      <option key={s} value={s}>
                        {capitalise(s)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {may.allowed && <NeedForm householdId={household.id} />}
    </>
  );
}
