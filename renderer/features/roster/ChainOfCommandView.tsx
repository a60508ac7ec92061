import { useState } from 'react';
import type { RosterRole } from '../../../shared/domain/roster';
import { call } from '../../api/client';
import { FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectCurrent } from '../../store/incidents-slice';
import { selectMay, selectOperator } from '../../store/operator-slice';
import { PinResetForm } from './PinResetForm';
import { RoleTree, SpokespersonWarning } from './RoleTree';
import { AddPersonForm, AddRoleForm, AssignForm } from './RosterForms';
import { useRoster } from './use-roster';
import './roster.css';

/** "Post update" for a role its holder (or whoever manages the roster) reports for, and ending assignments. */
function RoleActions({ role, onFailure }: { role: RosterRole; onFailure: (message: string | null) => void }) {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const operator = useConsole(selectOperator);
  const manages = useConsole(selectMay('manageRoster'));
  const mayPost = useConsole(selectMay('postUpdates'));
  const [note, setNote] = useState('');
  const holds = role.assignments.some((a) => a.endedAt === null && a.personId === operator?.personId);
  const answer = (result: { ok: boolean; error?: { message: string } }) => onFailure(result.ok ? null : (result.error?.message ?? 'refused'));
  const current = role.assignments.filter((a) => a.endedAt === null);
  return (
    <div className="role-actions">
      {role.cadenceMinutes !== null && mayPost && (holds || manages) && current.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void call('roster:checkIn', { incidentId, roleId: role.id, note }).then((r) => {
              answer(r);
              if (r.ok) setNote('');
            });
          }}
        >
          <label className="visually-hidden" htmlFor={`note-${role.id}`}>
            Update for {role.name}
          </label>
          <input id={`note-${role.id}`} placeholder="Update (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" className="small">
            Post update for {role.name}
          </button>
        </form>
      )}
      {manages &&
        current.map((a) => (
          <button key={a.id} type="button" className="quiet small" onClick={() => void call('roster:endAssignment', { incidentId, id: a.id }).then(answer)}>
            End {a.personName} as {role.name}
          </button>
        ))}
    </div>
  );
}

/** The full chain of command: the tree with contacts, shifts and cadence, and the roster forms for its managers. */
export function ChainOfCommandView() {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const manages = useConsole(selectMay('manageRoster'));
  const roster = useRoster();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <h2 className="view-title">Chain of command</h2>
      <p className="guidance">
        <span className="muted">From the guidance: </span>“Identify clear hierarchies for decision-making, timeframes for updates and a spokesperson to streamline
        public messaging.”
      </p>
      {roster.error && <FormError message={roster.error} />}
      {roster.data && (
        <div className="roster-layout">
          <section aria-label="Roles and people">
            <SpokespersonWarning roster={roster.data} />
            <FormError message={failure} />
            <RoleTree roster={roster.data} detailed actions={(role) => <RoleActions role={role} onFailure={setFailure} />} />
          </section>
          {manages ? (
            <div className="roster-forms">
              <AddPersonForm incidentId={incidentId} />
              <AssignForm incidentId={incidentId} roster={roster.data} />
              <AddRoleForm incidentId={incidentId} roster={roster.data} />
              <PinResetForm incidentId={incidentId} roster={roster.data} />
            </div>
          ) : (
            <p className="muted roster-readonly">Only the incident commander changes the roster. Sign in as them to add people or roles.</p>
          )}
        </div>
      )}
    </>
  );
}
