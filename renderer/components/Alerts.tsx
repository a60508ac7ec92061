import { useConsole } from '../store';
import { selectConnection } from '../store/connection-slice';
import { selectProblem } from '../store/ui-slice';

/** Failures nobody's form owns, and the lost connection, shown where every screen puts them. */
export function Alerts() {
  const problem = useConsole(selectProblem);
  const dismiss = useConsole((s) => s.dismissProblem);
  const lost = useConsole((s) => selectConnection(s) === 'lost');
  return (
    <div className="alerts">
      {lost && (
        <p className="alert alert-danger" role="alert">
          <span aria-hidden="true">⚠ </span>
          The link to the console host is down. Changes made elsewhere will not show until it reconnects; Concord keeps
          trying.
        </p>
      )}
      {problem && (
        <div className="alert alert-danger" role="alert">
          <p>
            <span aria-hidden="true">⚠ </span>
            {problem}
          </p>
          <button type="button" className="quiet" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
