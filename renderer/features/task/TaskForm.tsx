import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { call } from '../../api/client';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectCurrent } from '../../store/incidents-slice';
import { useTaskLinkOptions, type Option } from './task-links';

const blank = { title: '', priorityId: '', ownerId: '', due: '', protectionNeedId: '', actorId: '' };

function OptionSelect({ label, value, options, none, onChange }: { label: string; value: string; options: Option[]; none: string; onChange: (v: string) => void }) {
  return (
    <Field label={label}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{none}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * Every task serves a priority: the form will not send one without it, and the core refuses it too.
 * It reads what a task may point at (hundreds of actors) only while it is open, so the board opens without it.
 */
export function TaskForm({ onClose }: { onClose: () => void }) {
  const incidentId = useConsole(selectCurrent)?.id;
  const links = useTaskLinkOptions();
  const formRef = useRef<HTMLFormElement>(null);
  // Opened by a button: the person continues in the first field, not back at the top of the page.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const [form, setForm] = useState(blank);
  const [error, setError] = useState<string | null>(null);
  const edit = (changes: Partial<typeof blank>) => setForm((f) => ({ ...f, ...changes }));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!incidentId) return;
    if (!form.title.trim()) return setError('Give the task a title.');
    if (!form.priorityId) return setError('Choose the priority this task serves.');
    const result = await call('task:create', {
      incidentId,
      title: form.title,
      priorityId: form.priorityId,
      ownerId: form.ownerId || null,
      dueAt: form.due ? new Date(form.due).toISOString() : null,
      protectionNeedId: form.protectionNeedId || null,
      actorId: form.actorId || null,
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setForm(blank);
  };
  return (
    <form ref={formRef} className="side-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="task-form-title">
      <h3 id="task-form-title">New task</h3>
      <Field label="Title">{(c) => <input {...c} value={form.title} onChange={(e) => edit({ title: e.target.value })} />}</Field>
      <OptionSelect label="Serves priority" value={form.priorityId} options={links.priorities} none="Choose a priority…" onChange={(priorityId) => edit({ priorityId })} />
      <OptionSelect label="Owner" value={form.ownerId} options={links.people} none="No owner yet" onChange={(ownerId) => edit({ ownerId })} />
      <Field label="Due">{(c) => <input {...c} type="datetime-local" value={form.due} onChange={(e) => edit({ due: e.target.value })} />}</Field>
      <OptionSelect label="Protection need" value={form.protectionNeedId} options={links.needs} none="None" onChange={(protectionNeedId) => edit({ protectionNeedId })} />
      <OptionSelect label="Actor" value={form.actorId} options={links.actors} none="None" onChange={(actorId) => edit({ actorId })} />
      <FormError message={error} />
      <div className="actions">
        <button type="submit" className="primary">
          Add task
        </button>
        <button type="button" className="quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
