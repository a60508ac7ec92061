import { actorStatuses } from '../../../shared/domain/actor';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { capitalise } from '../../components/format';
import { ActorLine } from './ActorLine';
import '../../components/lists.css';
import './actors.css';

/** Counts by status and the actors to chase first: the stale ones, longest silent first. */
export function ActorsPanel() {
  const { data } = useConcordQuery('actor:summary', useIncidentInput({}));
  if (!data) return <p className="muted">Loading…</p>;
  if (data.total === 0) return <p className="muted">No actor on the ground recorded yet. Which emergency actors are on the ground?</p>;
  return (
    <div data-testid="actors-panel">
      <dl className="counts">
        {actorStatuses.map((status) => (
          <div key={status}>
            <dt>{capitalise(status)}</dt>
            <dd>{data.byStatus[status] ?? 0}</dd>
          </div>
        ))}
        <div className={data.staleCount > 0 ? 'count-alert' : undefined}>
          <dt>Stale</dt>
          <dd data-testid="stale-count">{data.staleCount}</dd>
        </div>
      </dl>
      <ul className="plain-list">
        {data.attention.map((actor) => (
          <li key={actor.id}>
            <ActorLine actor={actor} />
          </li>
        ))}
      </ul>
    </div>
  );
}
