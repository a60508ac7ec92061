import { memo, useCallback, useState } from 'react';
import { DndContext, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { taskStatuses, type Task, type TaskBoard as TaskBoardData, type TaskStatus } from '../../../shared/domain/task';
import { useConcordMutation } from '../../api/mutation';
import { MayNot, useMay } from '../roster/use-may';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { capitalise } from '../../components/format';
import { TaskLine } from './TaskLine';
import { TaskPublicity } from './TaskPublicity';

/**
 * A column first shows the tasks due soonest, a screenful, and more on request; the table holds all of them.
 * Each card is a draggable with its own select: drawing 4 × 50 of them made the board slow to open.
 */
const SHOWN_PER_COLUMN = 10;
/** The most a board column may ask for: beyond it, the table. */
const MOST_SHOWN = 500;

/**
 * Moves a card. The board stays live for everyone, even an operator whose roles may not manage tasks: the judge
 * decides with the roles as they stand on every console, and its refusal (why) shows in the page's alert area.
 */
function useMove(): (task: Task, status: TaskStatus) => void {
  const update = useConcordMutation('task:update');
  return (task, status) => {
    if (task.status !== status) void update.run({ id: task.id, changes: { status } });
  };
}

// Memoised: a column redraws while a card is dragged over it, and its other cards have not changed.
const Card = memo(function Card({ task, mayManage }: { task: Task; mayManage: boolean }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: task.id, data: { task } });
  const move = useMove();
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
      {mayManage && <TaskPublicity task={task} />}
    </li>
  );
});

interface ColumnProps {
  status: TaskStatus;
  shown: number;
  /** Absent until the board's first answer. */
  column: TaskBoardData['columns'][number] | undefined;
  onMore: (status: TaskStatus) => void;
  /** Whether the operator may edit tasks: only then does a card offer its public update. */
  mayManage: boolean;
}

function Column({ status, shown, column, onMore, mayManage }: ColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const titleId = `column-${status.replace(' ', '-')}`;
  return (
    <section ref={setNodeRef} className={`board-column${isOver ? ' over' : ''}`} aria-labelledby={titleId} data-testid={`column-${status}`}>
      <h3 id={titleId}>
        {capitalise(status)} <span className="muted">({column?.total ?? '…'})</span>
      </h3>
      <ul className="card-list">
        {column?.tasks.map((task) => (
          <Card key={task.id} task={task} mayManage={mayManage} />
        ))}
      </ul>
      {column && column.total > column.tasks.length && (
        <p className="muted column-more">
          {column.total - column.tasks.length} more{shown < MOST_SHOWN ? '. ' : ' in the table.'}
          {shown < MOST_SHOWN && (
            <button type="button" className="quiet small" onClick={() => onMore(status)}>
              Show {Math.min(SHOWN_PER_COLUMN, column.total - column.tasks.length)} more<span className="visually-hidden"> {status}</span>
            </button>
          )}
        </p>
      )}
    </section>
  );
}

const firstScreen = Object.fromEntries(taskStatuses.map((s) => [s, SHOWN_PER_COLUMN])) as Record<TaskStatus, number>;

/** Drag a card across columns with the mouse, or with the keyboard (Space, arrows, Space), or pick its status. */
export function TaskBoard() {
  const [shown, setShown] = useState(firstScreen);
  // The whole board in one read: a read per column made opening the board wait for four answers and four redraws.
  const { data } = useConcordQuery('task:board', useIncidentInput({ shown }));
  const more = useCallback((status: TaskStatus) => setShown((s) => ({ ...s, [status]: Math.min(s[status] + SHOWN_PER_COLUMN, MOST_SHOWN) })), []);
  const move = useMove();
  const mayManage = useMay('manageTasks');
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const task = active.data.current?.task as Task | undefined;
    const status = taskStatuses.find((s) => s === over?.id);
    if (task && status) move(task, status);
  };
  return (
    <>
      <MayNot may={mayManage} />
      <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions: { draggable: 'Press Space to pick up the task, arrow keys to move it to another column, Space to drop it.' } }}>
        <div className="board" data-testid="task-board">
          {taskStatuses.map((status) => (
            <Column key={status} status={status} shown={shown[status]} column={data?.columns.find((c) => c.status === status)} onMore={more} mayManage={mayManage.allowed} />
          ))}
        </div>
      </DndContext>
    </>
  );
}
