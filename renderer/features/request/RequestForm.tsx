import { useState, type SubmitEvent } from 'react';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { Field, FormError, OptionField } from '../../components/Field';
import { localInputValue } from '../../components/format';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { byWhen } from './labels';

const blank = () => ({ what: '', quantity: '', unit: '', neededBy: localInputValue(Date.now() + 2 * 3_600_000), deliverTo: '', priorityId: '', note: '' });
type Form = ReturnType<typeof blank>;

function problemOf(form: Form): string | null {
  const quantity = Number(form.quantity);
  if (!form.what.trim()) return 'Say what is needed.';
  if (!Number.isInteger(quantity) || quantity < 1) return 'The quantity is a whole number, 1 or more.';
  if (!form.unit.trim()) return 'Give the unit: cots, interpreters, barrier sections…';
  if (Number.isNaN(Date.parse(form.neededBy))) return 'Say by when it is needed.';
  if (!form.deliverTo.trim()) return 'Say where it is to be delivered.';
  if (!form.priorityId) return 'Choose the priority this request serves.';
  return null;
}

/**
 * Open requests that ask for much the same thing, found as the person types "what": shown before anything is sent,
 * so a second request for the same cots is a choice, not an accident. The person may still send.
 */
function DuplicateWarning({ what }: { what: string }) {
  const input = useIncidentInput({ what: what.trim() });
  const { data } = useConcordQuery('request:similar', what.trim() ? input : null);
  const similar = data?.requests ?? [];
  return (
    <div aria-live="polite">
      {similar.length > 0 && (
        <div className="warning" data-testid="duplicate-warning">
          <p>Already asked for:</p>
          <ul>
            {similar.map((r) => (
              <li key={r.id}>
                {r.number} asks for {r.quantity} {r.unit} ({r.what}) by {byWhen(r.neededBy)} ({r.status})
              </li>
            ))}
          </ul>
          <p className="muted">Send anyway only if this is a further need.</p>
        </div>
      )}
    </div>
  );
}

/** ICS 213RR's order: what, how many, by when, where, for which priority; the requester is whoever is signed in. */
export function RequestForm({ onCreated }: { onCreated: (id: string) => void }) {
  const incidentId = useConsole(selectIncidentId);
  const priorities = useConcordQuery('priority:list', useIncidentInput({}));
  const [form, setForm] = useState(blank);
  const [invalid, setInvalid] = useState<string | null>(null);
  // A refused request keeps the form as typed: only a sent one clears it.
  const create = useConcordMutation('request:create', {
    shownIn: 'form',
    onSuccess: (request) => {
      setForm(blank());
      onCreated(request.id);
    },
  });
  const edit = (changes: Partial<Form>) => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!incidentId) return;
    const problem = problemOf(form);
    setInvalid(problem);
    if (problem) return;
    const { quantity, neededBy, ...rest } = form;
    void create.run({ incidentId, ...rest, quantity: Number(quantity), neededBy: new Date(neededBy).toISOString() }).then(() => undefined);
  };
  return (
    <form className="side-form request-form" onSubmit={submit} noValidate aria-labelledby="request-form-title">
      <h3 id="request-form-title">Request resources</h3>
      <Field label="What" hint="The item or the people, e.g. camp cots, Arabic interpreters.">
        {(c) => <input {...c} value={form.what} maxLength={200} onChange={(e) => edit({ what: e.target.value })} />}
      </Field>
      <DuplicateWarning what={form.what} />
      <div className="form-row">
        <Field label="Quantity">{(c) => <input {...c} inputMode="numeric" value={form.quantity} onChange={(e) => edit({ quantity: e.target.value })} />}</Field>
        <Field label="Unit">{(c) => <input {...c} value={form.unit} maxLength={60} onChange={(e) => edit({ unit: e.target.value })} />}</Field>
      </div>
      <Field label="Needed by">{(c) => <input {...c} type="datetime-local" value={form.neededBy} onChange={(e) => edit({ neededBy: e.target.value })} />}</Field>
      <Field label="Deliver to">{(c) => <input {...c} value={form.deliverTo} maxLength={300} onChange={(e) => edit({ deliverTo: e.target.value })} />}</Field>
      <OptionField
        label="Serves priority"
        value={form.priorityId}
        options={(priorities.data ?? []).map((p) => ({ id: p.id, label: p.title }))}
        none="Choose a priority…"
        onChange={(priorityId) => edit({ priorityId })}
      />
      <Field label="Note" hint="Optional: why, for whom, how to reach the site.">
        {(c) => <textarea {...c} rows={2} maxLength={2000} value={form.note} onChange={(e) => edit({ note: e.target.value })} />}
      </Field>
      <FormError message={invalid ?? create.error} />
      <button type="submit" className="primary" disabled={create.pending}>
        Send request
      </button>
    </form>
  );
}
