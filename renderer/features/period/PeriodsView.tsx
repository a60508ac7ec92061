import { useState } from 'react';
import type { Period } from '../../../shared/domain/period';
import type { SitrepSummary } from '../../../shared/domain/sitrep';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { formatDateTime } from '../../components/format';
import { useMinuteClock } from '../../components/use-now';
import { useConsole } from '../../store';
import { selectOperator } from '../../store/operator-slice';
import { MayNot, mayProps, useMay } from '../roster/use-may';
import { SitrepView } from '../sitrep/SitrepView';
import { HandoverForm } from './HandoverForm';
import { StartPeriodForm } from './StartPeriodForm';
import { timeLeft } from './time-left';
import { When } from '../../components/When';
import '../../components/lists.css';
import './periods.css';

/** The start form starts afresh (its refusal gone) once the current period gets its note or its report. */
const readiness = (period: Period | null): string => (period ? `${period.id}:${period.handoverNote !== ''}:${period.reports}` : 'none');

/** A period's reports, newest first: each opens in the print view beside the list. */
function ReportButtons({ reports, shown, onOpen }: { reports: readonly SitrepSummary[]; shown: string | null; onOpen: (id: string) => void }) {
  if (reports.length === 0) return <p className="muted">No situation report yet.</p>;
  return (
    <ul className="period-reports" aria-label="Situation reports">
      {reports.map((r) => (
        <li key={r.id}>
          <button type="button" className="quiet small" aria-current={r.id === shown ? 'true' : undefined} onClick={() => onOpen(r.id)}>
            Report as of {formatDateTime(r.asOfTime)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The period's own lead may write its handover note and file its report, as the core's rule allows; others need the right to edit the situation. */
function useMayCloseOut(period: Period) {
  const operator = useConsole(selectOperator);
  const situation = useMay('editSituation');
  const updates = useMay('postUpdates');
  return operator?.personId === period.leadId && updates.allowed ? updates : situation;
}

/** The current period: its lead, objectives and time left, the handover note, and its report made on demand. */
function CurrentPeriod({ period, reports, shown, onOpen }: { period: Period; reports: readonly SitrepSummary[]; shown: string | null; onOpen: (id: string) => void }) {
  const now = useMinuteClock();
  const may = useMayCloseOut(period);
  const generate = useConcordMutation('sitrep:generate', { shownIn: 'page' });
  return (
    <section className="period-card" aria-labelledby="current-period-title" data-testid="current-period">
      <h3 id="current-period-title">Period {period.number} (current)</h3>
      <p>
        Led by {period.leadName ?? 'nobody named'}, from <When iso={period.startedAt} /> to <When iso={period.plannedEndAt} />: {timeLeft(period.plannedEndAt, now)}.
      </p>
      <h4>Objectives</h4>
      {period.objectives.length === 0 ? (
        <p className="muted">None set.</p>
      ) : (
        <ul>
          {period.objectives.map((o) => (
            <li key={o.id}>{o.title}</li>
          ))}
        </ul>
      )}
      {may.allowed ? <HandoverForm key={period.id} period={period} /> : period.handoverNote && <p className="sitrep-note">{period.handoverNote}</p>}
      <h4>Situation reports</h4>
      <button
        type="button"
        className="primary"
        {...mayProps(may, 'period-may-not')}
        disabled={!may.allowed || generate.pending}
        onClick={() => void generate.run({ periodId: period.id }).then((r) => r && onOpen(r.id))}
      >
        Generate situation report
      </button>
      <MayNot may={may} id="period-may-not" />
      <ReportButtons reports={reports} shown={shown} onOpen={onOpen} />
    </section>
  );
}

/** Operational periods: the current one with its handover, the next one to start, and every period's reports. */
export function PeriodsView() {
  const list = useConcordQuery('period:list', useIncidentInput({}));
  const sitreps = useConcordQuery('sitrep:list', useIncidentInput({}));
  const [selected, setSelected] = useState<string | null>(null);
  const may = useMay('editSituation');
  const periods = list.data?.periods ?? [];
  const current = periods[0]?.closedAt === null ? periods[0] : null;
  const reportsOf = (id: string) => (sitreps.data?.sitreps ?? []).filter((r) => r.periodId === id);
  const shown = selected ?? sitreps.data?.sitreps[0]?.id ?? null;
  return (
    <>
      <h2 className="view-title">Operational periods</h2>
      <div className="split-view">
        <div>
          {current && <CurrentPeriod period={current} reports={reportsOf(current.id)} shown={shown} onOpen={setSelected} />}
          {may.allowed ? <StartPeriodForm key={readiness(current ?? null)} current={current ?? null} onStarted={() => setSelected(null)} /> : <MayNot may={may} />}
          <h3>Earlier periods</h3>
          {periods.filter((p) => p !== current).length === 0 && <p className="muted">None closed yet.</p>}
          <ul className="period-list" aria-label="Earlier periods">
            {periods
              .filter((p) => p !== current)
              .map((p) => (
                <li key={p.id} className="period-card" data-testid={`period-${p.number}`}>
                  <h4>
                    Period {p.number}: {p.leadName ?? 'no lead named'}
                  </h4>
                  <p className="muted">
                    <When iso={p.startedAt} /> to {p.closedAt ? <When iso={p.closedAt} /> : 'now'}
                  </p>
                  <details>
                    <summary>Handover note</summary>
                    <p className="sitrep-note">{p.handoverNote || 'None written.'}</p>
                  </details>
                  <ReportButtons reports={reportsOf(p.id)} shown={shown} onOpen={setSelected} />
                </li>
              ))}
          </ul>
        </div>
        {shown ? <SitrepView sitrepId={shown} /> : <p className="empty">No situation report yet. Generate one for the current period.</p>}
      </div>
    </>
  );
}
