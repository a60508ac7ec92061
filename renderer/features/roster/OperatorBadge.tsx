import { useEffect, useState } from 'react';
import { roleKindLabels } from '../../../shared/rules/permissions';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { selectOperator } from '../../store/operator-slice';
import { SignInDialog } from './SignInDialog';

/** Who is signed in, on every screen of an incident, with a quick switch: a console is shared across shifts. */
export function OperatorBadge() {
  const incidentId = useConsole(selectIncidentId);
  const operator = useConsole(selectOperator);
  const loadOperator = useConsole((s) => s.loadOperator);
  const signOut = useConsole((s) => s.signOut);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (incidentId) void loadOperator();
  }, [incidentId, loadOperator]);

  const roles = operator?.roles.map((r) => roleKindLabels[r.kind]).join(', ') || 'no role';
  return (
    <div className="operator" data-testid="operator">
      <p className="operator-name">
        {operator ? (
          <>
            <span className="muted">Signed in: </span>
            <strong>{operator.name}</strong> <span className="muted">({roles})</span>
          </>
        ) : (
          <strong className="operator-none">Nobody signed in: read only</strong>
        )}
      </p>
      {operator?.mustSetPin && (
        <strong className="operator-none" data-testid="must-set-pin">
          Set your own PIN before acting
        </strong>
      )}
      <button type="button" className="small" onClick={() => setOpen(true)}>
        {operator?.mustSetPin ? 'Set your own PIN' : operator ? 'Switch operator' : 'Sign in'}
      </button>
      {operator && (
        <button type="button" className="quiet small" onClick={() => void signOut()}>
          Sign out
        </button>
      )}
      <SignInDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
