import { useState, type SubmitEvent } from 'react';
import { Field, FormError } from '../../components/Field';
import { useConcordMutation } from '../../api/mutation';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { MayNot, useMay } from '../roster/use-may';
import { LogTimeline } from './LogTimeline';

function NoteForm() {
  const incidentId = useConsole(selectIncidentId) ?? '';
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  // A refused note keeps its text: only an added one clears the field.
  const note = useConcordMutation('log:note', { shownIn: 'form', onSuccess: () => setText('') });
  const busy = note.pending;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setEmpty(!text.trim());
    if (text.trim()) void note.run({ incidentId, text });
  };

  return (
    <form className="note-form" onSubmit={submit} noValidate>
      <Field label="Write a note to the log" hint="Decisions, check-ins by phone, anything the after-action review will need.">
        {(control) => <textarea {...control} rows={2} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <FormError message={empty ? 'Write something before adding it to the log.' : note.error} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add to log'}
      </button>
    </form>
  );
}

export function LogView() {
  const [filter, setFilter] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const mayPost = useMay('postUpdates');
  return (
    <>
      <h2 className="view-title">Log</h2>
      <div className="log-view">
        {mayPost.allowed ? <NoteForm /> : <MayNot may={mayPost} />}
        <div className="log-timeline">
          <div className="log-tools">
            <Field label="Filter the log">
              {(control) => <input {...control} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />}
            </Field>
            <p className="muted" role="status">
              {total === null ? 'Loading…' : `${total} ${filter.trim() ? 'matching ' : ''}${total === 1 ? 'entry' : 'entries'}`}
            </p>
          </div>
          <LogTimeline filter={filter.trim()} onTotal={setTotal} />
        </div>
      </div>
    </>
  );
}
