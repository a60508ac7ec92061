import { taskStatuses } from '../../../shared/domain/task';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { capitalise } from '../../components/format';
import { TaskHistoryChart } from './TaskHistoryChart';
import { TaskLine } from './TaskLine';
import '../../components/lists.css';
import './tasks.css';

/** Counts by status, how many are overdue, the most overdue first, and the status over time. */
export function TasksPanel() {
  const { data } = useConcordQuery('task:summary', useIncidentInput({}));
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <div data-testid="tasks-panel">
      <dl className="counts">
        {taskStatuses.map((status) => (
          <div key={status} className={status === 'blocked' && (data.byStatus[status] ?? 0) > 0 ? 'count-alert' : undefined}>
            <dt>{capitalise(status)}</dt>
            <dd>{data.byStatus[status] ?? 0}</dd>
          </div>
        ))}
        <div className={data.overdueCount > 0 ? 'count-alert' : undefined}>
          <dt>Overdue</dt>
          <dd data-testid="overdue-count">{data.overdueCount}</dd>
        </div>
      </dl>
      {data.total === 0 ? (
        <p className="muted">No task yet.</p>
      ) : (
        <ul className="plain-list">
          {data.attention.map((task) => (
            <li key={task.id}>
              <TaskLine task={task} />
            </li>
          ))}
        </ul>
      )}
      <TaskHistoryChart />
    </div>
  );
}
