import { useState, type SubmitEvent } from 'react';
import type { Period } from '../../../shared/domain/period';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { Field, FormError } from '../../components/Field';
import { localInputValue } from '../../components/format';
import { PickField } from '../roster/RosterForms';

const HOUR = 3_600_000;

/**
 * Starts the next period: its objectives picked from the priorities (never typed twice), its lead from the roster,
 * its planned end. The core refuses it while the current period lacks its handover note or its report, and says so.
 */
export function StartPeriodForm({ current, onStarted }: { current: Period | null; onStarted: (period: Period) => void }) {
  const priorities = useConcordQuery('priority:list', useIncidentInput({}));
  const roster = useConcordQuery('roster:get', useIncidentInput({}));
  const people = roster.data?.people ?? [];
  const [leadId, setLeadId] = useState(current?.leadId ?? '');
  const [plannedEnd, setPlannedEnd] = useState(() => localInputValue(Date.now() + 12 * HOUR));
  const [objectiveIds, setObjectiveIds] = useState<string[]>(current?.objectiveIds ?? []);
  const start = useConcordMutation('period:start', { shownIn: 'form' });
  const incident = useIncidentInput({});
  const number = (current?.number ?? 0) + 1;
  const lead = leadId || people[0]?.id || '';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!incident || !lead) return;
    void start.run({ incidentId: incident.incidentId, leadId: lead, objectiveIds, plannedEndAt: new Date(plannedEnd).toISOString() }).then((period) => period && onStarted(period));
  };
  const toggle = (id: string, on: boolean) => setObjectiveIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  return (
    <form className="side-form" onSubmit={submit} noValidate aria-labelledby="start-period-title">
      <h3 id="start-period-title">Start period {number}</h3>
      {current && (
        <p className="muted">
          Starting it closes period {current.number}, which needs its handover note and its situation report first.
        </p>
      )}
      <div className="form-row">
        <PickField label="Lead" value={lead} options={people.map((p) => ({ id: p.id, name: p.name }))} onChange={setLeadId} />
        <Field label="Planned end">{(c) => <input {...c} type="datetime-local" value={plannedEnd} onChange={(e) => setPlannedEnd(e.target.value)} />}</Field>
      </div>
      <fieldset className="objective-picks">
        <legend>Objectives, from the priorities</legend>
        {(priorities.data ?? []).map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" checked={objectiveIds.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} /> {p.title}
            <span className="muted"> ({p.visibility})</span>
          </label>
        ))}
      </fieldset>
      <FormError message={start.error} />
      <button type="submit" className="primary" disabled={start.pending || !lead}>
        Start period {number}
      </button>
    </form>
  );
}
