import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type SubmitEvent } from 'react';
import { priorityVisibilities, type Priority } from '../../../shared/domain/priority';
import { useConcordMutation } from '../../api/mutation';
import { queryKey } from '../../api/query';
import { queryClient } from '../../api/query-client';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise } from '../../components/format';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { MayNot, useMay } from '../roster/use-may';
import { usePriorities } from './use-priorities';
import './priorities.css';

/**
 * Every priority write answers the whole list in its new order: it is shown as it is, and the write's own change
 * event reads nothing again. A refusal shows in the page's alert area.
 */
function usePriorityWrite<M extends 'priority:add' | 'priority:update' | 'priority:move'>(method: M, onDone?: () => void) {
  return useConcordMutation(method, {
    covers: ['priority:list'],
    onSuccess: (list, { incidentId }) => {
      queryClient.setQueryData(queryKey('priority:list', { incidentId }), list);
      onDone?.();
    },
  });
}

function PriorityRow({ priority, index, count, editable }: { priority: Priority; index: number; count: number; editable: boolean }) {
  const incidentId = useConsole(selectIncidentId) ?? '';
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: priority.id, disabled: !editable });
  const moveWrite = usePriorityWrite('priority:move');
  const update = usePriorityWrite('priority:update');
  const move = (toIndex: number) => void moveWrite.run({ incidentId, id: priority.id, toIndex });
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
            onClick={() => void update.run({ incidentId, id: priority.id, changes: { visibility: other } })}
          >
            Make {other}
          </button>
        </div>
      )}
    </li>
  );
}

function AddPriorityForm() {
  const incidentId = useConsole(selectIncidentId) ?? '';
  const [title, setTitle] = useState('');
  const [rationale, setRationale] = useState('');
  const [visibility, setVisibility] = useState<Priority['visibility']>('public');
  // A refused priority keeps what was typed: only an added one clears the form.
  const add = usePriorityWrite('priority:add', () => {
    setTitle('');
    setRationale('');
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void add.run({ incidentId, title, rationale, visibility });
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="add-priority-title">
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
  const incidentId = useConsole(selectIncidentId) ?? '';
  const may = useMay('setPriorities');
  const editable = may.allowed;
  const priorities = usePriorities();
  const moveWrite = usePriorityWrite('priority:move');
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
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
    void moveWrite.run({ incidentId, id: String(active.id), toIndex });
  };
  return (
    <>
      <h2 className="view-title">Priorities</h2>
      <p className="guidance">
        <span className="muted">From the guidance: </span>“Clear priorities will guide and justify your next steps. Make sure you communicate these priorities internally
        and to the public.”
      </p>
      <FormError message={priorities.error} />
      <div className="priorities-layout">
        <section aria-label="Priorities in order">
          {list.length === 0 && <p className="muted">No priority yet.</p>}
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
            <SortableContext items={list.map((p) => p.id)} strategy={verticalListSortingStrategy}>
              <ol className="priority-list">
                {list.map((p, i) => (
                  <PriorityRow key={p.id} priority={p} index={i} count={list.length} editable={editable} />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        </section>
        {editable ? <AddPriorityForm /> : <MayNot may={may} />}
      </div>
    </>
  );
}
