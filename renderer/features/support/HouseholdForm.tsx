import { useState, type SubmitEvent } from 'react';
import { householdKinds, type HouseholdKind } from '../../../shared/domain/support';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise } from '../../components/format';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { PersonField } from './PersonField';

const blank = { kind: 'injured' as HouseholdKind, label: '', liaisonId: '', language: '', interpreterNeeded: false, names: '', contact: '', address: '', notes: '' };

/** A new household: a label everyone reads, and the details sealed to its readers as they are typed. */
export function HouseholdForm({ onCreated }: { onCreated: (id: string) => void }) {
  const incidentId = useConsole(selectIncidentId);
  const [form, setForm] = useState(blank);
  const [unlabelled, setUnlabelled] = useState(false);
  const create = useConcordMutation('support:create', {
    shownIn: 'form',
    onSuccess: (h) => {
      setForm(blank);
      onCreated(h.id);
    },
  });
  const edit = (changes: Partial<typeof blank>) => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setUnlabelled(!form.label.trim());
    if (!incidentId || !form.label.trim()) return;
    const { names, contact, address, notes, liaisonId, ...plain } = form;
    const details = names || contact || address || notes ? { names, contact, address, notes } : undefined;
    void create.run({ incidentId, ...plain, liaisonId: liaisonId || null, ...(details ? { details } : {}) });
  };
  return (
    <form className="side-form" onSubmit={submit} noValidate aria-labelledby="household-form-title">
      <h3 id="household-form-title">Record a household</h3>
      <ChoiceField label="Who they are" value={form.kind} options={householdKinds} describe={capitalise} onChange={(kind) => edit({ kind })} />
      <Field label="Label" hint="A reference everyone may read, such as “Family 3”: never a name.">
        {(c) => <input {...c} value={form.label} onChange={(e) => edit({ label: e.target.value })} />}
      </Field>
      <PersonField label="Liaison" value={form.liaisonId} none="No liaison yet" onChange={(liaisonId) => edit({ liaisonId })} />
      <Field label="Language">{(c) => <input {...c} value={form.language} onChange={(e) => edit({ language: e.target.value })} />}</Field>
      <label className="check">
        <input type="checkbox" checked={form.interpreterNeeded} onChange={(e) => edit({ interpreterNeeded: e.target.checked })} /> Interpreter needed
      </label>
      <fieldset>
        <legend>Confidential details (sealed to the liaison, the commanders and the roles they name)</legend>
        <Field label="Names">{(c) => <input {...c} value={form.names} onChange={(e) => edit({ names: e.target.value })} />}</Field>
        <Field label="Contact details">{(c) => <input {...c} value={form.contact} onChange={(e) => edit({ contact: e.target.value })} />}</Field>
        <Field label="Address">{(c) => <input {...c} value={form.address} onChange={(e) => edit({ address: e.target.value })} />}</Field>
        <Field label="Notes">{(c) => <textarea {...c} value={form.notes} onChange={(e) => edit({ notes: e.target.value })} />}</Field>
      </fieldset>
      <FormError message={unlabelled ? 'Give the household a label.' : create.error} />
      <button type="submit" className="primary">
        Record household
      </button>
    </form>
  );
}
