import { openRequestStatuses } from '../../../shared/domain/request';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { useConsole } from '../../store';
import { RequestLine } from './labels';
import '../../components/lists.css';
import './requests.css';

const SHOWN = 6;

/** Open requests, the overdue ones first (they are needed soonest), and how many are open and late. */
export function RequestsPanel() {
  const { data } = useConcordQuery('request:list', useIncidentInput({ statuses: [...openRequestStatuses] }));
  const setView = useConsole((s) => s.setView);
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <div data-testid="requests-panel">
      <dl className="counts">
        <div>
          <dt>Open</dt>
          <dd>{data.open}</dd>
        </div>
        <div className={data.overdue > 0 ? 'count-alert' : undefined}>
          <dt>Overdue</dt>
          <dd>{data.overdue}</dd>
        </div>
      </dl>
      {data.requests.length === 0 ? (
        <p className="muted">No open resource request.</p>
      ) : (
        <ul className="plain-list">
          {data.requests.slice(0, SHOWN).map((r) => (
            <li key={r.id}>
              <RequestLine request={r} />
            </li>
          ))}
        </ul>
      )}
      {data.requests.length > SHOWN && (
        <button type="button" className="quiet small" onClick={() => setView('requests')}>
          All {data.open} open requests
        </button>
      )}
    </div>
  );
}
