import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type SubmitEvent } from 'react';
import { priorityVisibilities, type Priority } from '../../../shared/domain/priority';
import { call } from '../../api/client';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise } from '../../components/format';
import { useConsole } from '../../store';
import { selectCurrent } from '../../store/incidents-slice';
import { selectMay } from '../../store/operator-slice';
import { usePriorities } from './use-priorities';
import './priorities.css';

type Answer = (result: { ok: boolean; error?: { message: string } }) => void;

function PriorityRow({ priority, index, count, editable, answer }: { priority: Priority; index: number; count: number; editable: boolean; answer: Answer }) {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: priority.id, disabled: !editable });
  const move = (toIndex: number) => void call('priority:move', { incidentId, id: priority.id, toIndex }).then(answer);
  const other = priority.visibility === 'public' ? 'internal' : 'public';
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={isDragging ? 'priority dragging' : 'priority'} data-testid="priority">
      {editable && (
        <button type="button" className="drag-handle quiet small" aria-label={`Drag ${priority.title} to reorder`} {...attributes} {...listeners}>
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <div className="priority-body">
        <p>
          <span className="priority-rank">{index + 1}.</span> <strong>{priority.title}</strong>{' '}
          <span className={`visibility visibility-${priority.visibility}`}>{priority.visibility}</span>
        </p>
        {priority.rationale && <p className="muted">{priority.rationale}</p>}
      </div>
      {editable && (
        <div className="priority-actions">
          <button type="button" className="small" disabled={index === 0} onClick={() => move(index - 1)} aria-label={`Move ${priority.title} up`}>
            Up
          </button>
          <button type="button" className="small" disabled={index === count - 1} onClick={() => move(index + 1)} aria-label={`Move ${priority.title} down`}>
            Down
          </button>
          <button
            type="button"
            className="quiet small"
            onClick={() => void call('priority:update', { incidentId, id: priority.id, changes: { visibility: other } }).then(answer)}
          >
            Make {other}
          </button>
        </div>
      )}
    </li>
  );
}

function AddPriorityForm({ answer }: { answer: Answer }) {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const [title, setTitle] = useState('');
  const [rationale, setRationale] = useState('');
  const [visibility, setVisibility] = useState<Priority['visibility']>('public');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await call('priority:add', { incidentId, title, rationale, visibility });
    answer(result);
    if (result.ok) {
      setTitle('');
      setRationale('');
    }
  };
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-priority-title">
      <h3 id="add-priority-title">Add a priority</h3>
      <Field label="Priority">{(c) => <input {...c} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <Field label="Rationale" hint="Why it comes where it does: it will justify the decisions taken against it.">
        {(c) => <textarea {...c} rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <ChoiceField label="Visibility" value={visibility} options={priorityVisibilities} describe={capitalise} onChange={setVisibility} />
      <button type="submit" className="primary" disabled={!title.trim()}>
        Add priority
      </button>
    </form>
  );
}

/** The ordered priorities: drag, or Up and Down, to reorder; the drag handle also moves with the arrow keys. */
export function PrioritiesView() {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const editable = useConsole(selectMay('setPriorities'));
  const priorities = usePriorities();
  const [failure, setFailure] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const answer: Answer = (result) => {
    setFailure(result.ok ? null : (result.error?.message ?? 'refused'));
    if (result.ok) priorities.reload();
  };
  const list = priorities.data ?? [];
  // Said by dnd-kit's live region: titles and places, never the ids it would read out by default.
  const titleOf = (id: string | number) => list.find((p) => p.id === id)?.title ?? 'priority';
  const placeOf = (id: string | number | undefined) => list.findIndex((p) => p.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, at place ${placeOf(active.id)} of ${list.length}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over place ${placeOf(over.id)}.` : `${titleOf(active.id)} is over no place.`),
    onDragEnd: ({ active, over }) => (over ? `Dropped ${titleOf(active.id)} at place ${placeOf(over.id)}.` : `Dropped ${titleOf(active.id)} where it was.`),
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const toIndex = list.findIndex((p) => p.id === over.id);
    void call('priority:move', { incidentId, id: String(active.id), toIndex }).then(answer);
  };
  return (
    <>
      <h2 className="view-title">Priorities</h2>
      <p className="guidance">
        <span className="muted">From the guidance: </span>“Clear priorities will guide and justify your next steps. Make sure you communicate these priorities internally
        and to the public.”
      </p>
      <FormError message={failure ?? priorities.error} />
      <div className="priorities-layout">
        <section aria-label="Priorities in order">
          {list.length === 0 && <p className="muted">No priority yet.</p>}
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
            <SortableContext items={list.map((p) => p.id)} strategy={verticalListSortingStrategy}>
              <ol className="priority-list">
                {list.map((p, i) => (
                  <PriorityRow key={p.id} priority={p} index={i} count={list.length} editable={editable} answer={answer} />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        </section>
        {editable ? <AddPriorityForm answer={answer} /> : <p className="muted">Only the incident commander sets priorities.</p>}
      </div>
    </>
  );
}
