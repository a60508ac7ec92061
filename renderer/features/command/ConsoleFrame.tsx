import { Alerts } from '../../components/Alerts';
import { AppBar } from '../../components/AppBar';
import { EmptyState } from '../../components/EmptyState';
import { ExerciseBanner } from '../../components/ExerciseBanner';
import { OperatorBadge } from '../roster/OperatorBadge';
import { ClockDriftBanner } from '../sync/ClockDriftBanner';
import { useConsole } from '../../store';
import { selectView } from '../../store/ui-slice';
import { findView, views, type ViewId } from '../../views/registry';
import { useOpenIncident } from '../incident/use-incident';
import { CommandView } from './CommandView';
import { SituationHeader } from './SituationHeader';
import './command.css';

const commandId: ViewId = 'command';

function IncidentNav() {
  const current = useConsole(selectView);
  const setView = useConsole((s) => s.setView);
  const closeIncident = useConsole((s) => s.closeIncident);
  const entries: readonly { id: ViewId; title: string }[] = [{ id: commandId, title: 'Command centre' }, ...views];
  return (
    <nav className="incident-nav" aria-label="Incident views">
      <ul>
        {entries.map((view) => (
          <li key={view.id}>
            <button type="button" aria-current={current === view.id ? 'page' : undefined} onClick={() => setView(view.id)}>
              {view.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="quiet all-incidents" onClick={closeIncident}>
        <span aria-hidden="true">← </span>All incidents
      </button>
    </nav>
  );
}

function CurrentView() {
  const view = findView(useConsole(selectView));
  if (!view) return <CommandView />;
  if (view.View) return <view.View />;
  return (
    <>
      <h2 className="view-title">{view.title}</h2>
      <EmptyState purpose={view.purpose ?? ''} guidance={view.guidance} />
    </>
  );
}

/** Everything inside an open incident: the situation header on top, the views beside the nav. */
export function ConsoleFrame() {
  const incident = useOpenIncident();
  if (!incident) return null;
  return (
    <div className={incident.mode === 'exercise' ? 'frame frame-exercise' : 'frame'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="frame-header">
        {incident.mode === 'exercise' && <ExerciseBanner />}
        <AppBar>
          <OperatorBadge />
        </AppBar>
        <SituationHeader incident={incident} />
      </header>
      <div className="frame-body">
        <IncidentNav />
        <main id="main" tabIndex={-1} className="frame-main">
          <Alerts />
          <ClockDriftBanner />
          <CurrentView />
        </main>
      </div>
    </div>
  );
}
