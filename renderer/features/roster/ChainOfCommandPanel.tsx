import { RoleTree, SpokespersonWarning } from './RoleTree';
import { useRoster } from './use-roster';
import './roster.css';

/** The command centre's chain of command: the tree, who is on shift, overdue updates, the spokesperson. */
export function ChainOfCommandPanel() {
  const roster = useRoster();
  if (roster.error) return <p className="form-error">{roster.error}</p>;
  if (!roster.data) return <p className="muted">Loading the chain of command…</p>;
  const overdue = roster.data.roles.filter((r) => r.overdue).length;
  return (
    <>
      <SpokespersonWarning roster={roster.data} />
      {overdue > 0 && (
        <p className="alert alert-danger" data-testid="overdue-summary">
          <span aria-hidden="true">⚠ </span>
          {overdue === 1 ? 'One role is' : `${overdue} roles are`} overdue with an update.
        </p>
      )}
      <RoleTree roster={roster.data} />
    </>
  );
}
