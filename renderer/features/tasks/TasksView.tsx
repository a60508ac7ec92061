import { useState } from 'react';
import { taskStatuses, type TaskSortKey, type TaskStatus } from '../../../shared/domain/task';
import { Field } from '../../components/Field';
import { capitalise } from '../../components/format';
import { TaskBoard } from './TaskBoard';
import { TaskForm } from './TaskForm';
import { useTaskLinkOptions } from './task-links';
import { TaskTable, type TaskFilter } from './TaskTable';
import './tasks.css';

function Filters({ filter, people, onChange }: { filter: TaskFilter; people: { id: string; label: string }[]; onChange: (f: TaskFilter) => void }) {
  return (
    <div className="list-tools">
      <Field label="Search tasks">{(c) => <input {...c} type="search" value={filter.text} onChange={(e) => onChange({ ...filter, text: e.target.value })} />}</Field>
      <Field label="Status">
        {(c) => (
          <select {...c} value={filter.status} onChange={(e) => onChange({ ...filter, status: e.target.value as TaskStatus | '' })}>
            <option value="">Any status</option>
            {taskStatuses.map((s) => (
              <option key={s} value={s}>
                {capitalise(s)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Owner">
        {(c) => (
          <select {...c} value={filter.ownerId} onChange={(e) => onChange({ ...filter, ownerId: e.target.value })}>
            <option value="">Anyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="check">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => onChange({ ...filter, overdueOnly: e.target.checked })} /> Overdue only
      </label>
    </div>
  );
}

export function TasksView() {
  const [mode, setMode] = useState<'board' | 'table'>('board');
  const [filter, setFilter] = useState<TaskFilter>({ text: '', status: '', ownerId: '', overdueOnly: false, sort: 'due', dir: 'asc' });
  const links = useTaskLinkOptions();
  const sortBy = (sort: TaskSortKey) => setFilter((f) => ({ ...f, sort, dir: f.sort === sort && f.dir === 'asc' ? 'desc' : 'asc' }));
  return (
    <>
      <div className="view-head">
        <h2 className="view-title">Tasks</h2>
        <div className="segmented" role="group" aria-label="Show tasks as">
          <button type="button" aria-pressed={mode === 'board'} onClick={() => setMode('board')}>
            Board
          </button>
          <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
            Table
          </button>
        </div>
      </div>
      <div className="split-view">
        <TaskForm links={links} />
        <div className="tasks-main">
          {mode === 'board' ? (
            <TaskBoard />
          ) : (
            <>
              <Filters filter={filter} people={links.people} onChange={setFilter} />
              <TaskTable filter={filter} onSort={sortBy} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
