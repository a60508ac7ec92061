import { useState, type SubmitEvent } from 'react';
import type { Period } from '../../../shared/domain/period';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';

/** The outgoing lead's note to the incoming one: what is open, what to watch, who to call. Required before handing over. */
export function HandoverForm({ period }: { period: Period }) {
  const [note, setNote] = useState(period.handoverNote);
  const [saved, setSaved] = useState(false);
  const save = useConcordMutation('period:handover', { shownIn: 'form' });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    void save.run({ id: period.id, handoverNote: note }).then((done) => setSaved(done !== null));
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label="Handover note">
      <Field label={`Handover note for period ${period.number + 1}`} hint="What is open, what to watch, who to call. The next period cannot start without it.">
        {(c) => <textarea {...c} rows={5} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <FormError message={save.error} />
      {saved && (
        <p className="muted" role="status">
          Handover note saved.
        </p>
      )}
      <button type="submit" className="primary" disabled={save.pending || note.trim() === ''}>
        Save handover note
      </button>
    </form>
  );
}
