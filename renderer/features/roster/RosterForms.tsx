import { useState, type SubmitEvent } from 'react';
import type { Roster } from '../../../shared/domain/roster';
import { roleKindLabels, roleKinds, type RoleKind } from '../../../shared/rules/permissions';
import { call } from '../../api/client';
import { ChoiceField, Field, FormError } from '../../components/Field';

type Submit = () => Promise<string | null>;

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

/** The shared shape of the roster's small forms: submit, show the refusal if any, clear on success. */
export function useSubmit(run: Submit, reset: () => void) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    const error = await run();
    setBusy(false);
    setFailure(error);
    if (!error) reset();
  };
  return { failure, busy, onSubmit: (event: SubmitEvent) => void onSubmit(event) };
}

export function AddPersonForm({ incidentId }: { incidentId: string }) {
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [contact, setContact] = useState('');
  const [languages, setLanguages] = useState('');
  const [pin, setPin] = useState('');
  const form = useSubmit(
    async () => {
      const langs = languages.split(',').map((l) => l.trim()).filter(Boolean);
      const result = await call('roster:addPerson', { incidentId, name, agency, contact, languages: langs, ...(pin ? { pin } : {}) });
      return result.ok ? null : result.error.message;
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
    async () => {
      const end = shiftEnd ? new Date(shiftEnd).toISOString() : null;
      const result = await call('roster:assign', { incidentId, personId: person, roleId: role, shiftStart: roster.now, shiftEnd: end });
      return result.ok ? null : result.error.message;
    },
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
    async () => {
      const minutes = cadence ? Number(cadence) : null;
      const result = await call('roster:addRole', { incidentId, name, kind, reportsTo: reportsTo || (roster.roles[0]?.id ?? null), decides, cadenceMinutes: minutes });
      return result.ok ? null : result.error.message;
    },
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
