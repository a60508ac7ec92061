import { useConcordQuery, useIncidentInput } from '../../api/query';
import { useConsole } from '../../store';

/** For the command view, one line: the forms of the current period are a click away. */
export function FormsPanel() {
  const { data } = useConcordQuery('period:current', useIncidentInput({}));
  const setView = useConsole((s) => s.setView);
  const period = data?.period;
  return (
    <div data-testid="forms-panel">
      <p className="muted">{period ? `ICS 201, 202, 203 and 214 for period ${period.number}, from the records.` : 'ICS 201 from the records; the other forms once a period starts.'}</p>
      <button type="button" className="quiet small" onClick={() => setView('form')}>
        Open the forms
      </button>
    </div>
  );
}
