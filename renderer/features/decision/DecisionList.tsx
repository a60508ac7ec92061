import type { Decision } from '../../../shared/domain/priority';
import { formatDateTime } from '../../components/format';

/** Decisions with what, why, who, when and the priorities each serves, newest first. */
export function DecisionList({ decisions, compact }: { decisions: Decision[]; compact?: boolean }) {
  if (decisions.length === 0) return <p className="muted">No decision logged yet. Every decision is logged against a priority.</p>;
  return (
    <ol className="decision-list" data-testid="decisions">
      {decisions.map((d) => (
        <li key={d.id} className="decision">
          <p>
            <strong>{d.what}</strong>
            {d.publishable && <span className="public-flag">Publishable</span>}
          </p>
          {!compact && d.why && <p>Why: {d.why}</p>}
          <p className="muted">
            {d.priorityTitles.length > 0 ? `Serves: ${d.priorityTitles.join('; ')}` : `Serves no priority: ${d.noPriorityReason ?? ''}`}
          </p>
          <p className="muted">
            {d.decidedByName}, {formatDateTime(d.decidedAt)}
          </p>
        </li>
      ))}
    </ol>
  );
}
