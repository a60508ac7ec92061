import { useConcordQuery, useIncidentInput } from '../../api/query';
import { CommunityTemperatures } from './CommunityTemperatures';
import '../../components/lists.css';

/** How each community is responding, the checks overdue and the promises open or broken, for the command view. */
export function CommunitiesPanel() {
  const { data } = useConcordQuery('engagement:temperatures', useIncidentInput({}));
  const communities = data?.communities ?? [];
  const count = (of: (c: (typeof communities)[number]) => number) => communities.reduce((s, c) => s + of(c), 0);
  const overdueChecks = count((c) => (c.checkOverdue ? 1 : 0));
  const overduePromises = count((c) => c.overduePromises);
  return (
    <div data-testid="communities-panel">
      <dl className="counts">
        <div className={overdueChecks > 0 ? 'count-alert' : undefined}>
          <dt>Checks overdue</dt>
          <dd data-testid="checks-overdue">{overdueChecks}</dd>
        </div>
        <div>
          <dt>Open promises</dt>
          <dd>{count((c) => c.openPromises)}</dd>
        </div>
        <div className={overduePromises > 0 ? 'count-alert' : undefined}>
          <dt>Promises overdue</dt>
          <dd data-testid="promises-overdue">{overduePromises}</dd>
        </div>
      </dl>
      <CommunityTemperatures />
    </div>
  );
}
