import { useConcordQuery, useIncidentInput } from '../../api/query';
import { formatTime } from '../../components/format';
import { useMinuteClock } from '../../components/use-now';
import { useConsole } from '../../store';
import { timeLeft } from './time-left';
import '../../components/lists.css';
import './periods.css';

/** The current period for the command view: who leads it, how long is left, and whether it is ready to hand over. */
export function PeriodPanel() {
  const { data } = useConcordQuery('period:current', useIncidentInput({}));
  const now = useMinuteClock();
  const setView = useConsole((s) => s.setView);
  if (!data) return <p className="muted">Loading…</p>;
  const { period } = data;
  if (!period) {
    return (
      <div data-testid="period-panel">
        <p className="muted">No operational period started. Who leads this shift, and until when?</p>
        <button type="button" className="quiet small" onClick={() => setView('period')}>
          Start a period
        </button>
      </div>
    );
  }
  return (
    <div data-testid="period-panel">
      <p className="period-line">
        <strong>Period {period.number}</strong> · {period.leadName ?? 'No lead'} · until <time dateTime={period.plannedEndAt}>{formatTime(period.plannedEndAt)}</time>
      </p>
      <p className={Date.parse(period.plannedEndAt) < now ? 'overdue-flag' : 'muted'}>{timeLeft(period.plannedEndAt, now)}</p>
      <dl className="counts">
        <div className={period.handoverNote ? undefined : 'count-alert'}>
          <dt>Handover note</dt>
          <dd data-testid="panel-handover">{period.handoverNote ? 'Written' : 'Missing'}</dd>
        </div>
        <div className={period.reports > 0 ? undefined : 'count-alert'}>
          <dt>Situation reports</dt>
          <dd data-testid="panel-reports">{period.reports}</dd>
        </div>
      </dl>
    </div>
  );
}
