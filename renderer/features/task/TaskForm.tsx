import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError, OptionField } from '../../components/Field';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { useTaskLinkOptions } from './task-links';

const blank = { title: '', priorityId: '', ownerId: '', due: '', protectionNeedId: '', actorId: '', barrier: '', told: false };

/**
 * Every task serves a priority: the form will not send one without it, and the core refuses it too.
 * It reads what a task may point at (hundreds of actors) only while it is open, so the board opens without it.
 */
export function TaskForm({ onClose }: { onClose: () => void }) {
  const incidentId = useConsole(selectIncidentId);
  const links = useTaskLinkOptions();
  const formRef = useRef<HTMLFormElement>(null);
  // Opened by a button: the person continues in the first field, not back at the top of the page.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const [form, setForm] = useState(blank);
  const [invalid, setInvalid] = useState<string | null>(null);
  // A refused task keeps the form as typed: only a created one clears it.
  const create = useConcordMutation('task:create', { shownIn: 'form', onSuccess: () => setForm(blank) });
  const edit = (changes: Partial<typeof blank>): void => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!incidentId) return;
    const missing = !form.title.trim() ? 'Give the task a title.' : !form.priorityId ? 'Choose the priority this task serves.' : null;
    setInvalid(missing);
    if (missing) return;
    void create.run({
      incidentId,
      title: form.title,
      priorityId: form.priorityId,
      ownerId: form.ownerId || null,
      dueAt: form.due ? new Date(form.due).toISOString() : null,
      protectionNeedId: form.protectionNeedId || null,
      actorId: form.actorId || null,
      barrier: form.barrier,
      public: form.told,
    });
  };
  return (
    <form ref={formRef} className="side-form" onSubmit={submit} noValidate aria-labelledby="task-form-title">
      <h3 id="task-form-title">New task</h3>
      <Field label="Title">{(c) => <input {...c} value={form.title} onChange={(e) => edit({ title: e.target.value })} />}</Field>
      <OptionField label="Serves priority" value={form.priorityId} options={links.priorities} none="Choose a priority…" onChange={(priorityId) => edit({ priorityId })} />
      <OptionField label="Owner" value={form.ownerId} options={links.people} none="No owner yet" onChange={(ownerId) => edit({ ownerId })} />
      <Field label="Due">{(c) => <input {...c} type="datetime-local" value={form.due} onChange={(e) => edit({ due: e.target.value })} />}</Field>
      <OptionField label="Protection need" value={form.protectionNeedId} options={links.needs} none="None" onChange={(protectionNeedId) => edit({ protectionNeedId })} />
      <OptionField label="Actor" value={form.actorId} options={links.actors} none="None" onChange={(actorId) => edit({ actorId })} />
      <Field label="Barrier or delay" hint="What holds this up, if anything: a transparency update tells it when the task is public.">
        {(c) => <textarea {...c} rows={2} maxLength={1000} value={form.barrier} onChange={(e) => edit({ barrier: e.target.value })} />}
      </Field>
      <div className="check">
        <input id="task-form-public" type="checkbox" checked={form.told} onChange={(e) => edit({ told: e.target.checked })} />
        <label htmlFor="task-form-public">The public may hear of this task</label>
      </div>
      <FormError message={invalid ?? create.error} />
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
