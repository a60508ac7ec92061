import type { CommunityTemperature } from '../../../shared/domain/engagement';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { capitalise, formatDateTime } from '../../components/format';
import { TemperatureBadge } from './TemperatureBadge';
import '../../components/lists.css';
import './engagement.css';

function CheckFlag({ community }: { community: CommunityTemperature }) {
  const every = `due every ${community.checkIntervalHours} h`;
  const last = community.lastCheckedAt ? `last checked ${formatDateTime(community.lastCheckedAt)}` : 'never checked';
  if (!community.checkOverdue) return <span className="muted">{`${capitalise(last)}, ${every}`}</span>;
  return (
    <span className="flag" data-testid="check-overdue">
      <span aria-hidden="true">⚠ </span>Check overdue: {last}, {every}
    </span>
  );
}

function Promises({ community }: { community: CommunityTemperature }) {
  return (
    <span className={community.overduePromises > 0 ? 'flag' : 'muted'}>
      {community.openPromises} open {community.openPromises === 1 ? 'promise' : 'promises'}
      {community.overduePromises > 0 && `, ${community.overduePromises} overdue`}
    </span>
  );
}

/**
 * Every community not closed, most at risk first: its temperature and trend, whether its check is overdue and how
 * its promises stand. `detailed` adds who looks after it (case manager, entry points); `heading` titles the list
 * where no panel does.
 */
export function CommunityTemperatures({ detailed = false, heading = false }: { detailed?: boolean; heading?: boolean }) {
  const { data } = useConcordQuery('engagement:temperatures', useIncidentInput({}));
  if (!data) return <p className="muted">Loading…</p>;
  if (data.communities.length === 0) return <p className="muted">No community at risk recorded yet. How are certain communities responding?</p>;
  return (
    <>
      {heading && <h3>How the communities are responding</h3>}
      <ul className="plain-list community-temperatures" aria-label="Community temperatures">
        {data.communities.map((c) => (
          <li key={c.needId} data-testid="community-temperature">
            <div className="community-head">
              <span className="need-name">{c.name}</span> <TemperatureBadge temperature={c.temperature} trend={c.trend} />
            </div>
            <div className="community-flags">
              <CheckFlag community={c} />
              <Promises community={c} />
            </div>
            {detailed && (
              <div className="muted">
                Case manager: {c.caseManagerName ?? 'none named'} · Entry points: {c.entryPoints.length > 0 ? c.entryPoints.map((e) => e.name).join(', ') : 'none named'}
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
