import { useConcordQuery, useIncidentInput } from '../../api/query';
import { RiskBadge } from '../../components/RiskBadge';
import { BacklashChart, RiskChart } from './ProtectionCharts';
import '../../components/lists.css';
import './protection.css';

/** Needs by risk, open measures, the most severe needs, and backlash reports per day. */
export function ProtectionPanel() {
  const { data } = useConcordQuery('protection:summary', useIncidentInput({}));
  if (!data) return <p className="muted">Loading…</p>;
  const open = Object.values(data.byStatus).reduce((s, n) => s + n, 0) - (data.byStatus.closed ?? 0);
  return (
    <div data-testid="protection-panel">
      <dl className="counts">
        <div>
          <dt>Open or mitigated</dt>
          <dd>{open}</dd>
        </div>
        <div>
          <dt>Open measures</dt>
          <dd data-testid="open-measures">{data.openMeasures}</dd>
        </div>
      </dl>
      {data.top.length === 0 ? (
        <p className="muted">No community or site recorded yet. Do certain communities or institutions need immediate protection?</p>
      ) : (
        <ul className="plain-list">
          {data.top.map((need) => (
            <li key={need.id} className="need-line">
              <RiskBadge level={need.riskLevel} /> <span className="need-name">{need.name}</span>
              <span className="muted"> · {need.openMeasures} open measures</span>
            </li>
          ))}
        </ul>
      )}
      <div className="chart-pair">
        <RiskChart byRisk={data.byRisk} />
        <BacklashChart />
      </div>
    </div>
  );
}
