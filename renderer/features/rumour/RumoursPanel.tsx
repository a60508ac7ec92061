import { useConcordQuery, useIncidentInput } from '../../api/query';
import { useConsole } from '../../store';
import { reachLabel, RumourStatusBadge, statusLabels } from './labels';
import { rumourStatuses } from '../../../shared/domain/rumour';
import '../../components/lists.css';
import './rumours.css';

/** The claims still to act on, those reaching most people first, and how many there are of each verdict. */
export function RumoursPanel() {
  const { data } = useConcordQuery('rumour:open', useIncidentInput({}));
  const setView = useConsole((s) => s.setView);
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <div data-testid="rumours-panel">
      <dl className="counts">
        {rumourStatuses.map((s) => (
          <div key={s}>
            <dt>{statusLabels[s]}</dt>
            <dd>{data.byStatus[s] ?? 0}</dd>
          </div>
        ))}
      </dl>
      {data.top.length === 0 ? (
        <p className="muted">No false or unverified claim recorded. Is misinformation circulating about the incident?</p>
      ) : (
        <ul className="plain-list">
          {data.top.map((r) => (
            <li key={r.id} className="rumour-panel-line">
              <RumourStatusBadge status={r.status} />
              <span className="rumour-claim">{r.claim}</span>
              <span className="muted"> · {reachLabel(r.reach)}</span>
            </li>
          ))}
        </ul>
      )}
      {data.open > data.top.length && (
        <button type="button" className="quiet small" onClick={() => setView('rumours')}>
          All {data.open} open claims
        </button>
      )}
    </div>
  );
}
