import { useState, type SubmitEvent } from 'react';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { LogTimeline } from './LogTimeline';

function NoteForm() {
  const writeNote = useConsole((s) => s.writeNote);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError('Write something before adding it to the log.');
    setBusy(true);
    const failure = await writeNote(text);
    setBusy(false);
    setError(failure?.message ?? null);
    if (!failure) setText('');
  };

  return (
    <form className="note-form" onSubmit={(event) => void submit(event)} noValidate>
      <Field label="Write a note to the log" hint="Decisions, check-ins by phone, anything the after-action review will need.">
        {(control) => <textarea {...control} rows={2} value={text} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <FormError message={error} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add to log'}
      </button>
    </form>
  );
}

export function LogView() {
  const [filter, setFilter] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  return (
    <>
      <h2 className="view-title">Log</h2>
      <div className="log-view">
        <NoteForm />
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
