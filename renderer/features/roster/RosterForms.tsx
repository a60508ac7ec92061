import { useState, type SubmitEvent } from 'react';
import type { Roster } from '../../../shared/domain/roster';
import { roleKindLabels, roleKinds, type RoleKind } from '../../../shared/rules/permissions';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';

/** A select over the roster's people or roles, by name. */
export function PickField({ label, hint, value, options, onChange }: { label: string; hint?: string; value: string; options: { id: string; name: string }[]; onChange: (id: string) => void }) {
  return (
    <Field label={label} hint={hint}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The shared shape of the roster's small forms: one write, its refusal shown in the form, which keeps what was
 * typed; only a write that went through clears it (`onDone`).
 */
export function useSubmit<M extends MethodName>(method: M, input: () => MethodInput<M>, onDone: (value: MethodOutput<M>) => void) {
  const write = useConcordMutation(method, { shownIn: 'form', onSuccess: (value) => onDone(value) });
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void write.run(input());
  };
  return { failure: write.error, busy: write.pending, onSubmit };
}

export function AddPersonForm({ incidentId }: { incidentId: string }) {
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [contact, setContact] = useState('');
  const [languages, setLanguages] = useState('');
  const [pin, setPin] = useState('');
  const form = useSubmit(
    'roster:addPerson',
    () => {
      const langs = languages.split(',').map((l) => l.trim()).filter(Boolean);
      return { incidentId, name, agency, contact, languages: langs, ...(pin ? { pin } : {}) };
    },
    () => [setName, setAgency, setContact, setLanguages, setPin].forEach((set) => set('')),
  );
  return (
    <form className="card roster-form" onSubmit={form.onSubmit} noValidate aria-labelledby="add-person-title">
      <h3 id="add-person-title">Add a person</h3>
      <Field label="Full name">{(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <Field label="Agency">{(c) => <input {...c} value={agency} onChange={(e) => setAgency(e.target.value)} />}</Field>
      <Field label="Contact" hint="Phone or radio channel">{(c) => <input {...c} value={contact} onChange={(e) => setContact(e.target.value)} />}</Field>
      <Field label="Languages spoken" hint="Separated by commas">{(c) => <input {...c} value={languages} onChange={(e) => setLanguages(e.target.value)} />}</Field>
      <Field label="First PIN" hint="4 to 12 digits (8 or more for whoever will approve, command or publish); they choose their own at their first sign-in. Leave blank for someone who will not sign in.">
        {(c) => <input {...c} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />}
      </Field>
      <FormError message={form.failure} />
      <button type="submit" className="primary" disabled={form.busy}>
        Add person
      </button>
    </form>
  );
}

export function AssignForm({ incidentId, roster }: { incidentId: string; roster: Roster }) {
  const [personId, setPersonId] = useState('');
  const [roleId, setRoleId] = useState('');
  const [shiftEnd, setShiftEnd] = useState('');
  const person = personId || roster.people[0]?.id || '';
  const role = roleId || roster.roles[0]?.id || '';
  const form = useSubmit(
    'roster:assign',
    () => ({ incidentId, personId: person, roleId: role, shiftStart: roster.now, shiftEnd: shiftEnd ? new Date(shiftEnd).toISOString() : null }),
    () => setShiftEnd(''),
  );
  return (
    <form className="card roster-form" onSubmit={form.onSubmit} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">Assign a person to a role</h3>
      <PickField label="Person" value={person} options={roster.people} onChange={setPersonId} />
      <PickField label="Role" hint="A new spokesperson takes over from the current one." value={role} options={roster.roles} onChange={setRoleId} />
      <Field label="Shift ends" hint="Optional; the shift starts now">
        {(c) => <input {...c} type="datetime-local" value={shiftEnd} onChange={(e) => setShiftEnd(e.target.value)} />}
      </Field>
      <FormError message={form.failure} />
      <button type="submit" className="primary" disabled={form.busy || !person || !role}>
        Assign
      </button>
    </form>
  );
}

export function AddRoleForm({ incidentId, roster }: { incidentId: string; roster: Roster }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<RoleKind>('operationsStaff');
  const [reportsTo, setReportsTo] = useState('');
  const [decides, setDecides] = useState('');
  const [cadence, setCadence] = useState('');
  const form = useSubmit(
    'roster:addRole',
    () => ({ incidentId, name, kind, reportsTo: reportsTo || (roster.roles[0]?.id ?? null), decides, cadenceMinutes: cadence ? Number(cadence) : null }),
    () => [setName, setDecides, setCadence].forEach((set) => set('')),
  );
  return (
    <form className="card roster-form" onSubmit={form.onSubmit} noValidate aria-labelledby="add-role-title">
      <h3 id="add-role-title">Add a role</h3>
      <Field label="Role name">{(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <ChoiceField label="Permissions as" value={kind} options={roleKinds} describe={(k) => roleKindLabels[k]} onChange={setKind} />
      <PickField label="Reports to" value={reportsTo} options={roster.roles} onChange={setReportsTo} />
      <Field label="What it decides">{(c) => <input {...c} value={decides} onChange={(e) => setDecides(e.target.value)} />}</Field>
      <Field label="Update every (minutes)" hint="Blank for a role that does not report on a cadence">
        {(c) => <input {...c} type="number" min={1} max={1440} value={cadence} onChange={(e) => setCadence(e.target.value)} />}
      </Field>
      <FormError message={form.failure} />
      <button type="submit" className="primary" disabled={form.busy}>
        Add role
      </button>
    </form>
  );
}
