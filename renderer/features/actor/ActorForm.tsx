import { useState, type SubmitEvent } from 'react';
import { actorKinds, actorStatuses, type ActorKind, type ActorStatus, type PossibleDuplicate } from '../../../shared/domain/actor';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise } from '../../components/format';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';

const blank = { name: '', kind: 'police' as ActorKind, status: 'en route' as ActorStatus, contact: '', role: '', location: '' };

/** Adds an actor; a look-alike already listed is shown as a warning after the actor is added, never as a block. */
export function ActorForm() {
  const incidentId = useConsole(selectIncidentId);
  const [form, setForm] = useState(blank);
  const [unnamed, setUnnamed] = useState(false);
  const [lookAlikes, setLookAlikes] = useState<{ name: string; found: PossibleDuplicate[] } | null>(null);
  const edit = (changes: Partial<typeof blank>) => setForm((f) => ({ ...f, ...changes }));

  // A refused actor keeps the form as typed: only an added one clears it.
  const create = useConcordMutation('actor:create', {
    shownIn: 'form',
    onSuccess: ({ actor, possibleDuplicates }) => {
      setLookAlikes(possibleDuplicates.length ? { name: actor.name, found: possibleDuplicates } : null);
      setForm(blank);
    },
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!incidentId) return;
    setUnnamed(!form.name.trim());
    if (form.name.trim()) void create.run({ incidentId, ...form });
  };

  return (
    <form className="side-form" onSubmit={submit} noValidate aria-labelledby="actor-form-title">
      <h3 id="actor-form-title">Add an actor on the ground</h3>
      <Field label="Name">{(c) => <input {...c} value={form.name} onChange={(e) => edit({ name: e.target.value })} />}</Field>
      <ChoiceField label="Kind" value={form.kind} options={actorKinds} describe={capitalise} onChange={(kind) => edit({ kind })} />
      <ChoiceField label="Status" value={form.status} options={actorStatuses} describe={capitalise} onChange={(status) => edit({ status })} />
      <Field label="Contact" hint="Phone, radio channel or email.">
        {(c) => <input {...c} value={form.contact} onChange={(e) => edit({ contact: e.target.value })} />}
      </Field>
      <Field label="What they do in this response">{(c) => <input {...c} value={form.role} onChange={(e) => edit({ role: e.target.value })} />}</Field>
      <Field label="Location">{(c) => <input {...c} value={form.location} onChange={(e) => edit({ location: e.target.value })} />}</Field>
      <FormError message={unnamed ? 'Give the actor a name.' : create.error} />
      <button type="submit" className="primary">
        Add actor
      </button>
      {lookAlikes && (
        <div className="warning" role="status">
          <p>
            <span aria-hidden="true">⚠ </span>
            {lookAlikes.name} was added, but it looks like {lookAlikes.found.length === 1 ? 'an actor' : 'actors'} already listed. Check you are not
            coordinating the same team twice:
          </p>
          <ul>
            {lookAlikes.found.map((d) => (
              <li key={d.id}>
                {d.name} ({d.kind}): {d.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
