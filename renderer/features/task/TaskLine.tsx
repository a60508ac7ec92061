import type { Task } from '../../../shared/domain/task';
import { formatDateTime, formatElapsed, formatTime } from '../../components/format';
import { useMinuteClock } from '../../components/use-now';

/** Title, owner and due time; an overdue task says by how much, in words, not only in colour. */
export function TaskLine({ task }: { task: Task }) {
  const now = useMinuteClock();
  return (
    <span className="task-line">
      <span className="task-title">{task.title}</span>
      <span className="muted">{task.ownerName ?? 'No owner'}</span>
      {task.public && <span className="public-flag">Public</span>}
      {task.dueAt &&
        (task.overdue ? (
          <span className="overdue-flag">
            <span aria-hidden="true">⚠ </span>Overdue by {formatElapsed(task.dueAt, now)}
          </span>
        ) : (
          // A time alone reads as today: anything due another day says its date.
          <span className="muted">due {new Date(task.dueAt).toDateString() === new Date(now).toDateString() ? formatTime(task.dueAt) : formatDateTime(task.dueAt)}</span>
        ))}
      {task.barrier && <span className="task-barrier">Barrier or delay: {task.barrier}</span>}
    </span>
  );
}
