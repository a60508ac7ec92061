import { useState, type SubmitEvent } from 'react';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';
import { localInputValue } from '../../components/format';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';

const blank = () => ({ claim: '', where: '', when: localInputValue(Date.now()), reach: '' });

/** A claim as it was heard: what, where and when it was first seen, and how many people it reached. */
export function RumourForm({ onCreated }: { onCreated: (id: string) => void }) {
  const incidentId = useConsole(selectIncidentId);
  const [form, setForm] = useState(blank);
  const [invalid, setInvalid] = useState<string | null>(null);
  // A refused claim keeps the form as typed: only a recorded one clears it.
  const create = useConcordMutation('rumour:create', {
    shownIn: 'form',
    onSuccess: (rumour) => {
      setForm(blank());
      onCreated(rumour.id);
    },
  });
  const edit = (changes: Partial<ReturnType<typeof blank>>) => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!incidentId) return;
    const reach = form.reach.trim() === '' ? 0 : Number(form.reach);
    const problem = !form.claim.trim()
      ? 'Write down the claim as it circulates.'
      : !Number.isInteger(reach) || reach < 0
        ? 'Reach is a whole number of people, or blank.'
        : Number.isNaN(Date.parse(form.when))
          ? 'Say when the claim was first seen.'
          : null;
    setInvalid(problem);
    if (problem) return;
    void create.run({ incidentId, claim: form.claim, firstSeenWhere: form.where, firstSeenAt: new Date(form.when).toISOString(), reach });
  };
  return (
    <form className="side-form" onSubmit={submit} noValidate aria-labelledby="rumour-form-title">
      <h3 id="rumour-form-title">Record a rumour</h3>
      <Field label="Claim" hint="As it circulates, word for word if you can.">
        {(c) => <textarea {...c} rows={3} value={form.claim} onChange={(e) => edit({ claim: e.target.value })} />}
      </Field>
      <Field label="First seen where" hint="The channel or place, e.g. WhatsApp groups in Eastbrook.">
        {(c) => <input {...c} value={form.where} onChange={(e) => edit({ where: e.target.value })} />}
      </Field>
      <Field label="First seen at">{(c) => <input {...c} type="datetime-local" value={form.when} onChange={(e) => edit({ when: e.target.value })} />}</Field>
      <Field label="Estimated reach (people)">
        {(c) => <input {...c} inputMode="numeric" value={form.reach} onChange={(e) => edit({ reach: e.target.value })} />}
      </Field>
      <FormError message={invalid ?? create.error} />
      <button type="submit" className="primary">
        Record rumour
      </button>
    </form>
  );
}
