import type { ReactNode } from 'react';
import type { Roster, RosterRole } from '../../../shared/domain/roster';
import { roleKindLabels } from '../../../shared/rules/permissions';
import { formatTime } from '../../components/format';

interface TreeProps {
  roster: Roster;
  /** The full view shows contacts, what each role decides and the actions; the panel only who and when. */
  detailed?: boolean;
  actions?: (role: RosterRole) => ReactNode;
}

function Due({ role }: { role: RosterRole }) {
  if (!role.nextUpdateDue) return null;
  return role.overdue ? (
    <span className="badge badge-danger" data-testid="overdue">
      <span aria-hidden="true">⚠ </span>Update overdue since {formatTime(role.nextUpdateDue)}
    </span>
  ) : (
    <span className="muted">Next update by {formatTime(role.nextUpdateDue)}</span>
  );
}

function RoleNode({ role, roster, detailed, actions, depth }: TreeProps & { role: RosterRole; depth: number }) {
  const children = roster.roles.filter((r) => r.reportsTo === role.id);
  const current = role.assignments.filter((a) => a.endedAt === null);
  const people = new Map(roster.people.map((p) => [p.id, p]));
  return (
    <li className="role-node" data-testid={`role-${role.kind}`}>
      <div className="role-card">
        <p className="role-name">
          <strong>{role.name}</strong>
          {role.name !== roleKindLabels[role.kind] && <span className="muted"> · {roleKindLabels[role.kind]}</span>}
          {role.cadenceMinutes !== null && <span className="muted"> · reports every {role.cadenceMinutes} min</span>}
        </p>
        {detailed && role.decides && <p className="muted role-decides">Decides: {role.decides}</p>}
        {current.length === 0 ? (
          <p className="muted">Vacant</p>
        ) : (
          <ul className="holders">
            {current.map((a) => (
              <li key={a.id}>
                {a.personName}
                {a.onShift ? <span className="badge">on shift</span> : <span className="muted"> (off shift)</span>}
                {detailed && people.get(a.personId)?.contact && <span className="muted"> · {people.get(a.personId)?.contact}</span>}
                {detailed && a.shiftEnd && <span className="muted"> · until {formatTime(a.shiftEnd)}</span>}
              </li>
            ))}
          </ul>
        )}
        <p className="role-due">
          <Due role={role} />
        </p>
        {detailed && role.lastCheckIn && (
          <p className="muted">
            Last update {formatTime(role.lastCheckIn.at)} by {role.lastCheckIn.personName}
            {role.lastCheckIn.note ? `: ${role.lastCheckIn.note}` : ''}
          </p>
        )}
        {actions?.(role)}
      </div>
      {children.length > 0 && depth < 8 && (
        <ul className="role-tree">
          {children.map((child) => (
            <RoleNode key={child.id} role={child} roster={roster} detailed={detailed} actions={actions} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Roles as a tree: who reports to whom, who holds each role now, and whose update is overdue. */
export function RoleTree({ roster, detailed, actions }: TreeProps) {
  const ids = new Set(roster.roles.map((r) => r.id));
  const roots = roster.roles.filter((r) => r.reportsTo === null || !ids.has(r.reportsTo));
  return (
    <ul className="role-tree role-tree-root">
      {roots.map((role) => (
        <RoleNode key={role.id} role={role} roster={roster} detailed={detailed} actions={actions} depth={0} />
      ))}
    </ul>
  );
}

/** The guide asks for one spokesperson to streamline public messaging: say when there is none, or more. */
export function SpokespersonWarning({ roster }: { roster: Roster }) {
  if (roster.spokespersons.length === 1) return null;
  return (
    <p className="alert alert-danger" role="status" data-testid="spokesperson-warning">
      <span aria-hidden="true">⚠ </span>
      {roster.spokespersons.length === 0 ? 'No spokesperson: assign one so public messaging speaks with one voice.' : 'More than one spokesperson is assigned: keep one.'}
    </p>
  );
}
