import { memo, useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { taskStatuses, type Task, type TaskStatus } from '../../../shared/domain/task';
import { call } from '../../api/client';
import { capitalise } from '../../components/format';
import { useLive } from '../../components/use-live';
import { taskEntities } from './TasksPanel';
import { TaskLine } from './TaskLine';

/**
 * A column first shows the tasks due soonest, a screenful, and more on request; the table holds all of them.
 * Each card is a draggable with its own select: drawing 4 × 50 of them made the board slow to open.
 */
const SHOWN_PER_COLUMN = 10;
/** The list method's largest page: beyond it, the table. */
const MOST_SHOWN = 500;

const move = (task: Task, status: TaskStatus) => {
  if (task.status !== status) void call('task:update', { id: task.id, changes: { status } });
};

// Memoised: a column redraws while a card is dragged over it, and its other cards have not changed.
const Card = memo(function Card({ task }: { task: Task }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: task.id, data: { task } });
  const style = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)` } : undefined;
  return (
    <li ref={setNodeRef} style={style} className={`task-card${isDragging ? ' dragging' : ''}${task.overdue ? ' overdue' : ''}`} data-testid="task-card">
      <div className="task-card-head">
        <button type="button" className="drag-handle" {...listeners} {...attributes} aria-label={`Drag ${task.title} to another column`}>
          <span aria-hidden="true">⠿</span>
        </button>
        <TaskLine task={task} />
      </div>
      <p className="muted task-priority">Serves: {task.priorityTitle ?? '(removed priority)'}</p>
      <label className="visually-hidden" htmlFor={`move-${task.id}`}>
        Status of {task.title}
      </label>
      <select id={`move-${task.id}`} className="small" value={task.status} onChange={(e) => move(task, e.target.value as TaskStatus)}>
        {taskStatuses.map((s) => (
          <option key={s} value={s}>
            {capitalise(s)}
          </option>
        ))}
      </select>
    </li>
  );
});

function Column({ status }: { status: TaskStatus }) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const [shown, setShown] = useState(SHOWN_PER_COLUMN);
  const { data } = useLive((incidentId) => call('task:list', { incidentId, statuses: [status], sort: 'due', limit: shown }), taskEntities, String(shown));
  const titleId = `column-${status.replace(' ', '-')}`;
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? ' over' : ''}`} aria-labelledby={titleId} data-testid={`column-${status}`}>
      <h3 id={titleId}>
        {capitalise(status)} <span className="muted">({data?.total ?? '…'})</span>
      </h3>
      <ul className="card-list">
        {data?.tasks.map((task) => (
          <Card key={task.id} task={task} />
        ))}
      </ul>
      {data && data.total > data.tasks.length && (
        <p className="muted column-more">
          {data.total - data.tasks.length} more{shown < MOST_SHOWN ? '. ' : ' in the table.'}
          {shown < MOST_SHOWN && (
            <button type="button" className="quiet small" onClick={() => setShown((n) => Math.min(n + SHOWN_PER_COLUMN, MOST_SHOWN))}>
              Show {Math.min(SHOWN_PER_COLUMN, data.total - data.tasks.length)} more<span className="visually-hidden"> {status}</span>
            </button>
          )}
        </p>
      )}
    </section>
  );
}

/** Drag a card across columns with the mouse, or with the keyboard (Space, arrows, Space), or pick its status. */
export function TaskBoard() {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const task = active.data.current?.task as Task | undefined;
    const status = taskStatuses.find((s) => s === over?.id);
    if (task && status) move(task, status);
  };
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions: { draggable: 'Press Space to pick up the task, arrow keys to move it to another column, Space to drop it.' } }}>
      <div className="board" data-testid="task-board">
        {taskStatuses.map((status) => (
          <Column key={status} status={status} />
        ))}
      </div>
    </DndContext>
  );
}
