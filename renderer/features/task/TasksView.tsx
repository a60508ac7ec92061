import { useEffect, useRef, useState } from 'react';
import { taskStatuses, type TaskSortKey, type TaskStatus } from '../../../shared/domain/task';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { Field } from '../../components/Field';
import { capitalise } from '../../components/format';
import { useMay } from '../roster/use-may';
import { TaskBoard } from './TaskBoard';
import { TaskForm } from './TaskForm';
import { TaskTable, type TaskFilter } from './TaskTable';
import './tasks.css';

function Filters({ filter, onChange }: { filter: TaskFilter; onChange: (f: TaskFilter) => void }) {
  // Only the table filters by owner: the board does not read the roster.
  const roster = useConcordQuery('roster:get', useIncidentInput({}));
  const people = roster.data?.people ?? [];
  return (
    <div className="list-tools">
      {/* Every keystroke asks the core at once: a search costs it a few milliseconds, and answers to earlier keys are dropped. */}
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
                {p.name}
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
  const [adding, setAdding] = useState(false);
  const newTask = useRef<HTMLButtonElement>(null);
  const wasAdding = useRef(false);
  // Closing the form hands focus back to the button that opened it.
  useEffect(() => {
    if (wasAdding.current && !adding) newTask.current?.focus();
    wasAdding.current = adding;
  }, [adding]);
  const [filter, setFilter] = useState<TaskFilter>({ text: '', status: '', ownerId: '', overdueOnly: false, sort: 'due', dir: 'asc' });
  const sortBy = (sort: TaskSortKey) => setFilter((f) => ({ ...f, sort, dir: f.sort === sort && f.dir === 'asc' ? 'desc' : 'asc' }));
  const mayManage = useMay('manageTasks').allowed;
  const main = (
    <div className="tasks-main">
      {mode === 'board' ? (
        <TaskBoard />
      ) : (
        <>
          <Filters filter={filter} onChange={setFilter} />
          <TaskTable filter={filter} onSort={sortBy} />
        </>
      )}
    </div>
  );
  return (
    <>
      <div className="view-head">
        <h2 className="view-title">Tasks</h2>
        <div className="actions">
          {!adding && mayManage && (
            <button ref={newTask} type="button" className="primary" onClick={() => setAdding(true)}>
              New task
            </button>
          )}
          <div className="segmented" role="group" aria-label="Show tasks as">
            <button type="button" aria-pressed={mode === 'board'} onClick={() => setMode('board')}>
              Board
            </button>
            <button type="button" aria-pressed={mode === 'table'} onClick={() => setMode('table')}>
              Table
            </button>
          </div>
        </div>
      </div>
      {/* The form takes a side column only while it is open; the rest of the time the board has the width. */}
      <div className={adding ? 'split-view' : undefined}>
        {adding && mayManage && <TaskForm onClose={() => setAdding(false)} />}
        {main}
      </div>
    </>
  );
}
