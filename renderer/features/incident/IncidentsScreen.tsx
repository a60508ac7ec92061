import { capitalise, formatDateTime } from '../../components/format';
import { RiskBadge } from '../../components/RiskBadge';
import { useEffect } from 'react';
import { useConcordQuery } from '../../api/query';
import { useConsole } from '../../store';
import { rememberedIncident } from '../../store/ui-slice';
import { JoinIncident } from '../sync/JoinIncident';
import { TemplatesSection } from '../template/TemplatesSection';
import { DemoExercise } from './DemoExercise';
import { NewIncidentForm } from './NewIncidentForm';
import '../../components/lists.css';
import './incidents.css';

function IncidentList() {
  const incidents = useConcordQuery('incident:list', {}).data;
  const open = useConsole((s) => s.openIncident);
  useEffect(() => {
    const remembered = rememberedIncident();
    if (remembered && incidents?.some((incident) => incident.id === remembered)) open(remembered);
  }, [incidents, open]);
  if (!incidents) return <p role="status">Reading the incidents…</p>;
  if (incidents.length === 0) {
    return <p className="empty">No incident is recorded on this console yet. Open one with the form.</p>;
  }
  return (
    <ul className="incident-list">
      {incidents.map((incident) => (
        <li key={incident.id} className="incident-item card-item">
          <div>
            <h3>
              {incident.name}
              {incident.mode === 'exercise' && <span className="tag-exercise">Exercise</span>}
            </h3>
            <p className="muted">
              {capitalise(incident.kind)} · started {formatDateTime(incident.startedAt)}
            </p>
            <p>
              Security risk: <RiskBadge level={incident.securityRiskLevel} />
            </p>
          </div>
          <button type="button" className="primary" onClick={() => open(incident.id)} aria-label={`Open ${incident.name}`}>
            Open
          </button>
        </li>
      ))}
    </ul>
  );
}

export function IncidentsScreen() {
  return (
    <div className="incidents-screen">
      <section className="card" aria-labelledby="incidents-title">
        <h1 id="incidents-title">Incidents</h1>
        <IncidentList />
      </section>
      <DemoExercise />
      <div className="incidents-stack">
        <JoinIncident />
        <TemplatesSection />
      </div>
      <NewIncidentForm />
    </div>
  );
}
