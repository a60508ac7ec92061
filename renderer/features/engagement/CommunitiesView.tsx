import { useConcordQuery, useIncidentInput } from '../../api/query';
import { MayNot, useMay } from '../roster/use-may';
import { CommunityTemperatures } from './CommunityTemperatures';
import { EngagementForm } from './EngagementForm';
import { EngagementList } from './EngagementList';
import { PromisesMade } from './PromisesMade';
import { TemperatureChart } from './TemperatureChart';
import '../../components/lists.css';
import './engagement.css';

/** The temperature check of each community, its course over time, the engagements and the promises made in them. */
export function CommunitiesView() {
  const { data } = useConcordQuery('engagement:temperatures', useIncidentInput({}));
  const may = useMay('engageCommunities');
  return (
    <>
      <h2 className="view-title">Communities</h2>
      <CommunityTemperatures detailed heading />
      <TemperatureChart />
      <div className="split-view">
        <div>{may.allowed ? data && data.communities.length > 0 && <EngagementForm communities={data.communities} /> : <MayNot may={may} />}</div>
        <div>
          <PromisesMade />
          <EngagementList />
        </div>
      </div>
    </>
  );
}
