import { useConcordQuery, useIncidentInput } from '../../api/query';
import { formatTime } from '../../components/format';

/**
 * The situation header's operational period: the current period record when there is one, else the incident's
 * free-text field (an incident that does not keep periods as records yet).
 */
export function CurrentPeriodFact({ fallback }: { fallback: string }) {
  const { data } = useConcordQuery('period:current', useIncidentInput({}));
  const period = data?.period;
  if (!period) return fallback ? <>{fallback}</> : <span className="muted">Not set</span>;
  return (
    <>
      Period {period.number}, <time dateTime={period.startedAt}>{formatTime(period.startedAt)}</time> to{' '}
      <time dateTime={period.plannedEndAt}>{formatTime(period.plannedEndAt)}</time>
      {period.leadName && <span className="muted"> · {period.leadName}</span>}
    </>
  );
}
