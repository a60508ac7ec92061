import { useConcordQuery, useIncidentInput } from '../../api/query';
import { capitalise, formatDateTime } from '../../components/format';
import { TemperatureBadge } from './TemperatureBadge';

/** The engagements of the incident, newest first: who met whom, how the community felt, what it fears and needs. */
export function EngagementList() {
  const { data } = useConcordQuery('engagement:list', useIncidentInput({ limit: 50 }));
  const roster = useConcordQuery('roster:get', useIncidentInput({}));
  const names = new Map((roster.data?.people ?? []).map((p) => [p.id, p.name]));
  const register = useConcordQuery('rumour:list', useIncidentInput({ limit: 500 }));
  const claims = new Map((register.data?.rumours ?? []).map((r) => [r.id, r.claim]));
  return (
    <section aria-labelledby="engagements-title">
      <h3 id="engagements-title">Engagements{data ? ` (${data.total})` : ''}</h3>
      {data?.total === 0 && <p className="muted">No engagement recorded yet.</p>}
      <ul className="plain-list" data-testid="engagements">
        {data?.engagements.map((e) => (
          <li key={e.id}>
            <div className="community-head">
              <strong>{e.needName ?? 'A removed community'}</strong>
              <span className="muted">
                {capitalise(e.kind)} · {formatDateTime(e.at)}
              </span>
              <TemperatureBadge temperature={e.temperature} trend={e.trend} />
            </div>
            {e.participantIds.length > 0 && <div className="muted">With {e.participantIds.map((id) => names.get(id) ?? 'someone removed').join(', ')}{e.communityParticipants && `; ${e.communityParticipants}`}</div>}
            {e.concerns && <div>Concerns: {e.concerns}</div>}
            {e.needs && <div>Needs: {e.needs}</div>}
            {e.rumourIds.length > 0 && <div>Rumours heard: {e.rumourIds.map((id) => `“${claims.get(id) ?? 'a removed rumour'}”`).join('; ')}</div>}
            {e.promisesMade > 0 && <div className="muted">{e.promisesMade === 1 ? '1 promise made' : `${e.promisesMade} promises made`}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
