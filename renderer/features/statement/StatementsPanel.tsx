import { statementStatuses } from '../../../shared/domain/statement';
import { isOverdue, minutesUntil } from '../../../shared/rules/public-cadence';
import { formatTime } from '../../components/format';
import { useMinuteClock } from '../../components/use-now';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { statusLabels } from './labels';

const pipeline = statementStatuses.filter((s) => s !== 'withdrawn');

/** The next public update: a countdown, flagged once it is overdue. */
export function NextUpdate() {
  const cadence = useConcordQuery('statement:cadence', useIncidentInput({})).data;
  const now = useMinuteClock();
  if (!cadence?.nextDueAt) return <p className="next-update muted">No statement published yet: the first public update is due now.</p>;
  const minutes = minutesUntil(cadence.nextDueAt, now);
  const overdue = isOverdue(cadence.nextDueAt, now);
  return (
    <p className={overdue ? 'next-update overdue' : 'next-update'} data-testid="next-update">
      Next public update due <time dateTime={cadence.nextDueAt}>{formatTime(cadence.nextDueAt)}</time>:{' '}
      <strong>{overdue ? `overdue by ${-minutes} min` : `in ${minutes} min`}</strong>
    </p>
  );
}

/** The statements pipeline on the command view: how many sit at each step, and when the public hears next. */
export function StatementsPanel() {
  const statements = useConcordQuery('statement:list', useIncidentInput({})).data ?? [];
  return (
    <div className="statements-panel">
      <ol className="pipeline" aria-label="Statements pipeline">
        {pipeline.map((status) => (
          <li key={status} data-status={status}>
            <span className="pipeline-count">{statements.filter((s) => s.status === status).length}</span> {statusLabels[status]}
          </li>
        ))}
      </ol>
      <NextUpdate />
      {statements.some((s) => s.changedSinceApproval) && <p className="warning-text">A statement changed since approval: it needs approving again.</p>}
    </div>
  );
}
