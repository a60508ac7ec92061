import { EmptyState } from '../../components/EmptyState';
import { useConsole } from '../../store';
import { views, type ViewDefinition, type ViewId } from '../../views/registry';
import { useOpenIncident } from '../incident/use-incident';

function Panel({ view }: { view: ViewDefinition<ViewId> }) {
  const setView = useConsole((s) => s.setView);
  const titleId = `panel-${view.id}`;
  return (
    <section className={`panel panel-${view.id}`} aria-labelledby={titleId}>
      <div className="panel-head">
        <h3 id={titleId}>{view.title}</h3>
        <button type="button" className="quiet small" onClick={() => setView(view.id)} aria-label={`Open ${view.title}`}>
          Open <span aria-hidden="true">→</span>
        </button>
      </div>
      {view.Panel ? <view.Panel /> : <EmptyState purpose={view.purpose ?? ''} guidance={view.guidance} />}
    </section>
  );
}

function SituationPanel() {
  const incident = useOpenIncident();
  if (!incident) return null;
  return (
    <section className="panel panel-situation" aria-labelledby="panel-situation">
      <div className="panel-head">
        <h3 id="panel-situation">Situation</h3>
      </div>
      <dl className="situation-notes">
        <dt>Security risk note</dt>
        <dd data-testid="risk-note">{incident.securityRiskNote || <span className="muted">No note yet: is there an ongoing security risk?</span>}</dd>
        <dt>Area</dt>
        <dd>{incident.areaDescription || <span className="muted">Not described yet.</span>}</dd>
      </dl>
    </section>
  );
}

/** The unified command-centre view: one screen, a panel per question of the guide's "first moments" list. */
export function CommandView() {
  return (
    <>
      <h2 className="view-title">Command centre</h2>
      <div className="panels">
        <SituationPanel />
        {views
          .filter((view) => view.commandPanel !== false)
          .map((view) => (
            <Panel key={view.id} view={view} />
          ))}
      </div>
    </>
  );
}
