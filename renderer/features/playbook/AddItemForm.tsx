import { useState, type SubmitEvent } from 'react';
import { PLAYBOOK_SPAN_MINUTES } from '../../../shared/domain/playbook';
import { roleKindLabels, roleKinds, type RoleKind } from '../../../shared/rules/permissions';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { MayNot, useMay } from '../roster/use-may';

const blank = () => ({ text: '', hours: '', ownerRole: 'operationsStaff' as RoleKind });
const ignore = () => undefined;

/** A step the city prepared that the guide's list lacks, due some hours after the start: the plan is the commander's. */
export function AddItemForm({ playbookId }: { playbookId: string }) {
  const [form, setForm] = useState(blank);
  const [invalid, setInvalid] = useState<string | null>(null);
  const add = useConcordMutation('playbook:addItem', { shownIn: 'form', onSuccess: () => setForm(blank()) });
  const may = useMay('setPriorities');
  if (!may.allowed) return <MayNot may={may} />;
  const edit = (changes: Partial<ReturnType<typeof blank>>) => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const minutes = Math.round(Number(form.hours) * 60);
    const problem = !form.text.trim()
      ? 'Say what is to be done.'
      : form.hours.trim() === '' || !Number.isFinite(minutes) || minutes < 0 || minutes > PLAYBOOK_SPAN_MINUTES
        ? 'Due is a number of hours after the start, from 0 to 72.'
        : null;
    setInvalid(problem);
    if (!problem) add.run({ playbookId, text: form.text, offsetMinutes: minutes, ownerRole: form.ownerRole, guidance: '' }).then(ignore, ignore);
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby={`add-item-${playbookId}`}>
      <h4 id={`add-item-${playbookId}`}>Add an item</h4>
      <div className="form-row">
        <Field label="What is to be done">{(c) => <input {...c} value={form.text} maxLength={300} onChange={(e) => edit({ text: e.target.value })} />}</Field>
        <Field label="Due (hours after the start)">{(c) => <input {...c} inputMode="decimal" value={form.hours} onChange={(e) => edit({ hours: e.target.value })} />}</Field>
        <ChoiceField label="Owner role" value={form.ownerRole} options={roleKinds} describe={(k) => roleKindLabels[k]} onChange={(ownerRole) => edit({ ownerRole })} />
      </div>
      <FormError message={invalid ?? add.error} />
      <button type="submit" className="small" disabled={add.pending}>
        Add item
      </button>
    </form>
  );
}
