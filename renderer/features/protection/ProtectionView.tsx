import { useState } from 'react';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { capitalise } from '../../components/format';
import { RiskBadge } from '../../components/RiskBadge';
import { CommunityTemperatures } from '../engagement/CommunityTemperatures';
import { MayNot, useMay } from '../roster/use-may';
import { NeedDetail } from './NeedDetail';
import { NeedForm } from './NeedForm';
import { BacklashChart, RiskChart } from './ProtectionCharts';
import { RumoursPerDayChart } from '../rumour/RumourCharts';
import './protection.css';

export function ProtectionView() {
  const needs = useConcordQuery('protection:list', useIncidentInput({ sort: 'risk' as const, limit: 500 }));
  const summary = useConcordQuery('protection:summary', useIncidentInput({}));
  const [selected, setSelected] = useState<string | null>(null);
  const shown = selected ?? needs.data?.needs[0]?.id ?? null;
  const mayManage = useMay('manageProtection');
  return (
    <>
      <h2 className="view-title">Protection needs</h2>
      <div className="chart-pair">
        {summary.data && <RiskChart byRisk={summary.data.byRisk} />}
        <BacklashChart />
        <RumoursPerDayChart />
      </div>
      <CommunityTemperatures heading />
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
          {mayManage.allowed ? <NeedForm onCreated={setSelected} /> : <MayNot may={mayManage} />}
        </div>
        {shown ? <NeedDetail needId={shown} /> : <p className="empty">No community or site recorded yet.</p>}
      </div>
    </>
  );
}
