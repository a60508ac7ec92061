import { useState } from 'react';
import type { RosterRole } from '../../../shared/domain/roster';
import type { Roster } from '../../../shared/domain/roster';
import { useConcordMutation } from '../../api/mutation';
import { queryKey } from '../../api/query';
import { queryClient } from '../../api/query-client';
import { FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { selectOperator } from '../../store/operator-slice';
import { SaveAsTemplate } from '../template/SaveAsTemplate';
import { PinResetForm } from './PinResetForm';
import { RoleTree, SpokespersonWarning } from './RoleTree';
import { AddPersonForm, AddRoleForm, AssignForm } from './RosterForms';
import { useMay } from './use-may';
import { useRoster } from './use-roster';
import './roster.css';

/** A roster write answers the whole roster: shown as it is, and its own change event reads nothing again. */
const showRoster = (roster: Roster, { incidentId }: { incidentId: string }) => queryClient.setQueryData(queryKey('roster:get', { incidentId }), roster);

/** "Post update" for a role its holder (or whoever manages the roster) reports for, and ending assignments. */
function RoleActions({ role }: { role: RosterRole }) {
  const incidentId = useConsole(selectIncidentId) ?? '';
  const operator = useConsole(selectOperator);
  const manages = useMay('manageRoster').allowed;
  const mayPost = useMay('postUpdates').allowed;
  const [note, setNote] = useState('');
  const holds = role.assignments.some((a) => a.endedAt === null && a.personId === operator?.personId);
  // Refusals show in the page's alert area; a refused update keeps its note.
  const checkIn = useConcordMutation('roster:checkIn', {
    covers: ['roster:get'],
    onSuccess: (roster, input) => {
      showRoster(roster, input);
      setNote('');
    },
  });
  const end = useConcordMutation('roster:endAssignment', { covers: ['roster:get'], onSuccess: showRoster });
  const current = role.assignments.filter((a) => a.endedAt === null);
  return (
    <div className="role-actions">
      {role.cadenceMinutes !== null && mayPost && (holds || manages) && current.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void checkIn.run({ incidentId, roleId: role.id, note });
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
          <button key={a.id} type="button" className="quiet small" onClick={() => void end.run({ incidentId, id: a.id })}>
            End {a.personName} as {role.name}
          </button>
        ))}
    </div>
  );
}

/** The full chain of command: the tree with contacts, shifts and cadence, and the roster forms for its managers. */
export function ChainOfCommandView() {
  const incidentId = useConsole(selectIncidentId) ?? '';
  const may = useMay('manageRoster');
  const roster = useRoster();
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
            <RoleTree roster={roster.data} detailed actions={(role) => <RoleActions role={role} />} />
          </section>
          {may.allowed ? (
            <div className="roster-forms">
              <AddPersonForm incidentId={incidentId} />
              <AssignForm incidentId={incidentId} roster={roster.data} />
              <AddRoleForm incidentId={incidentId} roster={roster.data} />
              <PinResetForm incidentId={incidentId} roster={roster.data} />
              <SaveAsTemplate incidentId={incidentId} />
            </div>
          ) : (
            <p className="muted roster-readonly" data-testid="may-not">
              {may.reason}
            </p>
          )}
        </div>
      )}
    </>
  );
}
