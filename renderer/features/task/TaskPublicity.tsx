import { useEffect, useState, type SubmitEvent } from 'react';
import type { Task } from '../../../shared/domain/task';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';

/**
 * Whether the public may hear of a task, and what holds it up: what a transparency update tells ("be transparent
 * about steps, barriers and delays"). Closed until opened, so the board stays a board.
 */
export function TaskPublicity({ task }: { task: Task }) {
  const [open, setOpen] = useState(false);
  const [barrier, setBarrier] = useState(task.barrier);
  const [told, setTold] = useState(task.public);
  // Another console's edit (or this one's, trimmed by the core) shows here once it arrives.
  useEffect(() => {
    setBarrier(task.barrier);
    setTold(task.public);
  }, [task.barrier, task.public]);
  const update = useConcordMutation('task:update', { shownIn: 'form' });
  const changed = barrier.trim() !== task.barrier || told !== task.public;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    // Saved, it closes: the card itself shows the barrier and that the task is public.
    if (changed) void update.run({ id: task.id, changes: { barrier, public: told } }).then((saved) => setOpen(saved === null));
  };
  return (
    <details className="task-publicity" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Public update<span className="visually-hidden"> for {task.title}</span>
      </summary>
      <form onSubmit={submit} noValidate>
        <Field label="Barrier or delay" hint="What holds this up, in words the public can read. Leave empty when nothing does.">
          {(c) => <textarea {...c} rows={2} maxLength={1000} value={barrier} onChange={(e) => setBarrier(e.target.value)} />}
        </Field>
        <div className="check">
          <input id={`public-${task.id}`} type="checkbox" checked={told} onChange={(e) => setTold(e.target.checked)} />
          <label htmlFor={`public-${task.id}`}>The public may hear of this task</label>
        </div>
        <FormError message={update.error} />
        <button type="submit" className="small" disabled={!changed}>
          Save<span className="visually-hidden"> public update for {task.title}</span>
        </button>
      </form>
    </details>
  );
}
