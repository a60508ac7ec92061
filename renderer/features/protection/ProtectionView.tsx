import { useState } from 'react';
import { call } from '../../api/client';
import { capitalise } from '../../components/format';
import { RiskBadge } from '../../components/RiskBadge';
import { useLive } from '../../components/use-live';
import { NeedDetail } from './NeedDetail';
import { NeedForm } from './NeedForm';
import { BacklashChart, RiskChart, protectionEntities } from './ProtectionCharts';
import './protection.css';

export function ProtectionView() {
  const needs = useLive((incidentId) => call('protection:list', { incidentId, sort: 'risk', limit: 500 }), protectionEntities);
  const summary = useLive((incidentId) => call('protection:summary', { incidentId }), protectionEntities);
  const [selected, setSelected] = useState<string | null>(null);
  const shown = selected ?? needs.data?.needs[0]?.id ?? null;
  return (
    <>
      <h2 className="view-title">Protection needs</h2>
      <div className="chart-pair">
        {summary.data && <RiskChart byRisk={summary.data.byRisk} />}
        <BacklashChart />
      </div>
      <div className="protection-view">
        <div>
          <ul className="need-list" aria-label="Communities and sites">
            {needs.data?.needs.map((need) => (
              <li key={need.id}>
                <button type="button" className="need-button" aria-current={need.id === shown ? 'true' : undefined} onClick={() => setSelected(need.id)}>
                  <span className="need-name">{need.name}</span>
                  <span>
                    <RiskBadge level={need.riskLevel} /> <span className="muted">{capitalise(need.status)} · {need.openMeasures} open measures</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <NeedForm onCreated={setSelected} />
        </div>
        {shown ? <NeedDetail needId={shown} /> : <p className="empty">No community or site recorded yet.</p>}
      </div>
    </>
  );
}
