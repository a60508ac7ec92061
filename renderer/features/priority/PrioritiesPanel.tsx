import { usePriorities } from './use-priorities';
import './priorities.css';

/** The command centre's priorities: the ordered list the room decides against. */
export function PrioritiesPanel() {
  const priorities = usePriorities();
  if (priorities.error) return <p className="form-error">{priorities.error}</p>;
  if (!priorities.data) return <p className="muted">Loading priorities…</p>;
  if (priorities.data.length === 0) return <p className="muted">No priority yet. Clear priorities guide and justify the next steps.</p>;
  return (
    <ol className="priority-list compact" data-testid="priorities-panel">
      {priorities.data.map((p, i) => (
        <li key={p.id}>
          <span className="priority-rank">{i + 1}.</span> <strong>{p.title}</strong> <span className={`visibility visibility-${p.visibility}`}>{p.visibility}</span>
          {p.rationale && <p className="muted">{p.rationale}</p>}
        </li>
      ))}
    </ol>
  );
}
