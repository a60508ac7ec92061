import { memo } from 'react';
import { type Task, type TaskSortKey, type TaskStatus } from '../../../shared/domain/task';
import { useConcordPages } from '../../api/pages';
import { useIncidentInput } from '../../api/query';
import { capitalise, formatDateTime } from '../../components/format';
import { VirtualRows } from '../../components/VirtualRows';

export interface TaskFilter {
  text: string;
  status: TaskStatus | '';
  ownerId: string;
  overdueOnly: boolean;
  sort: TaskSortKey;
  dir: 'asc' | 'desc';
}

const columns: { key: TaskSortKey; label: string }[] = [
  { key: 'title', label: 'Task' },
  { key: 'status', label: 'Status' },
  { key: 'owner', label: 'Owner' },
  { key: 'due', label: 'Due' },
  { key: 'priority', label: 'Serves priority' },
];

// Memoised: typing in the search redraws the view, and the rows on screen stay the same until the answer comes.
const Row = memo(function Row({ task }: { task: Task | undefined }) {
  if (!task) return <div className="task-cells muted" role="cell">Loading…</div>;
  return (
    <div className={task.overdue ? 'task-cells overdue' : 'task-cells'}>
      <span role="cell" className="task-title" title={task.title}>
        {task.title}
        {(task.protectionNeedName ?? task.actorName) && <span className="muted"> · {[task.protectionNeedName, task.actorName].filter(Boolean).join(', ')}</span>}
      </span>
      <span role="cell">{capitalise(task.status)}</span>
      <span role="cell">{task.ownerName ?? <span className="muted">No owner</span>}</span>
      <span role="cell">
        {task.dueAt ? formatDateTime(task.dueAt) : <span className="muted">No due time</span>}
        {task.overdue && <span className="overdue-flag"> Overdue</span>}
      </span>
      <span role="cell">{task.priorityTitle}</span>
    </div>
  );
});

/** The whole task list, sorted and filtered by the core, a page at a time, with only the visible rows drawn. */
export function TaskTable({ filter, onSort }: { filter: TaskFilter; onSort: (sort: TaskSortKey) => void }) {
  const input = useIncidentInput({
    sort: filter.sort,
    dir: filter.dir,
    text: filter.text || undefined,
    statuses: filter.status ? [filter.status] : undefined,
    ownerId: filter.ownerId || undefined,
    overdueOnly: filter.overdueOnly || undefined,
  });
  const list = useConcordPages('task:list', input, (page) => page.tasks);
  const key = JSON.stringify(filter);
  return (
    <>
      <p className="muted" role="status" data-testid="task-count">
        {list.total === null ? 'Loading…' : `${list.total} ${list.total === 1 ? 'task' : 'tasks'}`}
      </p>
      <VirtualRows
        count={list.total ?? 0}
        rowHeight={44}
        height="calc(100vh - 22rem)"
        label="Tasks"
        role="rowgroup"
        onRange={list.ensure}
        testId="task-table"
        scrollKey={key}
        header={
          <div role="row" aria-rowindex={1} className="task-cells task-head">
            {columns.map((c) => (
              <span key={c.key} role="columnheader" aria-sort={filter.sort === c.key ? (filter.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                <button type="button" className="quiet small" onClick={() => onSort(c.key)}>
                  {c.label}
                  {filter.sort === c.key && <span aria-hidden="true">{filter.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
                </button>
              </span>
            ))}
          </div>
        }
        renderRow={(i) => <Row task={list.item(i)} />}
      />
    </>
  );
}
