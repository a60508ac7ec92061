import type { Task } from '../../../shared/domain/task';
import { formatElapsed, formatTime } from '../../components/format';
import { useMinuteClock } from '../../components/use-now';

/** Title, owner and due time; an overdue task says by how much, in words, not only in colour. */
export function TaskLine({ task }: { task: Task }) {
  const now = useMinuteClock();
  return (
    <span className="task-line">
      <span className="task-title">{task.title}</span>
      <span className="muted">{task.ownerName ?? 'No owner'}</span>
      {task.dueAt &&
        (task.overdue ? (
          <span className="overdue-flag">
            <span aria-hidden="true">⚠ </span>Overdue by {formatElapsed(task.dueAt, now)}
          </span>
        ) : (
          <span className="muted">due {formatTime(task.dueAt)}</span>
        ))}
    </span>
  );
}
