import { useState, type ReactNode } from 'react';
import type { Period } from '../../../shared/domain/period';
import type { Roster } from '../../../shared/domain/roster';
import { useConcordQuery, useIncidentInput, type ConcordQuery } from '../../api/query';
import { Field } from '../../components/Field';
import { useConsole } from '../../store';
import { PickField } from '../roster/RosterForms';
import { Ics201Doc } from './Ics201Doc';
import { Ics202Doc } from './Ics202Doc';
import { Ics203Doc } from './Ics203Doc';
import { Ics214Doc } from './Ics214Doc';
import '../../components/lists.css';

const formKinds = [
  { id: '201', name: 'ICS 201 Incident briefing' },
  { id: '202', name: 'ICS 202 Incident objectives' },
  { id: '203', name: 'ICS 203 Organisation assignment list' },
  { id: '214', name: 'ICS 214 Activity log' },
] as const;
type FormKind = (typeof formKinds)[number]['id'];
const isFormKind = (id: string): id is FormKind => formKinds.some((k) => k.id === id);

const periodName = (p: Period) => `Period ${p.number}${p.closedAt === null ? ' (current)' : ''}${p.leadName ? `, ${p.leadName}` : ''}`;

/** A form's answer once read; a refusal (nobody signed in) says why instead. */
function Loaded<T>({ q, children }: { q: ConcordQuery<T>; children: (form: T) => ReactNode }) {
  if (q.error) return <p className="form-error" role="alert">{q.error}</p>;
  return q.data ? children(q.data) : <p className="muted">Reading the records…</p>;
}

function Ics201Shown({ incidentId, periodId }: { incidentId: string; periodId: string | null }) {
  const q = useConcordQuery('form:ics201', periodId ? { incidentId, periodId } : { incidentId });
  return <Loaded q={q}>{(f) => <Ics201Doc f={f} />}</Loaded>;
}

function Ics202Shown({ periodId }: { periodId: string }) {
  return <Loaded q={useConcordQuery('form:ics202', { periodId })}>{(f) => <Ics202Doc f={f} />}</Loaded>;
}

function Ics203Shown({ periodId }: { periodId: string }) {
  return <Loaded q={useConcordQuery('form:ics203', { periodId })}>{(f) => <Ics203Doc f={f} />}</Loaded>;
}

/** `person:<id>` or `role:<id>`, as the "Log of" picker names them. */
function Ics214Shown({ periodId, subject }: { periodId: string; subject: string }) {
  const [kind, id = ''] = subject.split(':');
  const q = useConcordQuery('form:ics214', kind === 'role' ? { periodId, roleId: id } : { periodId, personId: id });
  return <Loaded q={q}>{(f) => <Ics214Doc f={f} />}</Loaded>;
}

/** Whose activity log: a person of the roster, or a role (a position, all who held it). */
function SubjectField({ roster, value, onChange }: { roster: Roster | undefined; value: string; onChange: (value: string) => void }) {
  return (
    <Field label="Log of" hint="One person, or a position: everyone who held it, while they held it.">
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value)}>
          <optgroup label="People">
            {(roster?.people ?? []).map((p) => (
              <option key={p.id} value={`person:${p.id}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Positions">
            {(roster?.roles ?? []).map((r) => (
              <option key={r.id} value={`role:${r.id}`}>
                {r.name}
              </option>
            ))}
          </optgroup>
        </select>
      )}
    </Field>
  );
}

/**
 * The ICS forms EOCs exchange, read from the records: pick one, its period (the current one to begin with) and,
 * for an activity log, whose; the form beside is the print view.
 */
export function FormsView() {
  const incident = useIncidentInput({});
  const periods = useConcordQuery('period:list', incident);
  const roster = useConcordQuery('roster:get', incident);
  const operator = useConsole((s) => s.operator);
  const [kind, setKind] = useState<FormKind>('202');
  const [picked, setPicked] = useState<string | null>(null);
  const [pickedSubject, setPickedSubject] = useState<string | null>(null);
  const list = periods.data?.periods ?? [];
  // Newest first: the current period, when one is open, leads the list.
  const periodId = picked ?? list[0]?.id ?? null;
  const firstPerson = roster.data?.people[0]?.id;
  const subject = pickedSubject ?? (operator ? `person:${operator.personId}` : firstPerson ? `person:${firstPerson}` : null);
  let shown: ReactNode = <p className="empty">No operational period started yet: forms 202, 203 and 214 are of a period.</p>;
  // Asked for signed out, a form is refused: say so before asking, instead of showing the refusal as an error.
  if (!operator) shown = <p className="empty">A form names who prepared it: sign in to read the forms.</p>;
  else if (incident && kind === '201') shown = <Ics201Shown incidentId={incident.incidentId} periodId={periodId} />;
  else if (periodId && kind === '202') shown = <Ics202Shown periodId={periodId} />;
  else if (periodId && kind === '203') shown = <Ics203Shown periodId={periodId} />;
  else if (periodId && kind === '214' && subject) shown = <Ics214Shown periodId={periodId} subject={subject} />;
  return (
    <>
      <h2 className="view-title">Forms</h2>
      <div className="split-view">
        <form className="side-form forms-chooser" aria-labelledby="forms-chooser-title" onSubmit={(e) => e.preventDefault()}>
          <h3 id="forms-chooser-title">Choose a form</h3>
          <PickField label="Form" value={kind} options={[...formKinds]} onChange={(id) => isFormKind(id) && setKind(id)} />
          {list.length > 0 && <PickField label="Operational period" value={periodId ?? ''} options={list.map((p) => ({ id: p.id, name: periodName(p) }))} onChange={setPicked} />}
          {kind === '214' && <SubjectField roster={roster.data} value={subject ?? ''} onChange={setPickedSubject} />}
        </form>
        {shown}
      </div>
    </>
  );
}
