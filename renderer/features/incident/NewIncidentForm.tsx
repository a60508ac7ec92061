import { useId, useState, type SubmitEvent } from 'react';
import {
  incidentKinds,
  securityRiskLevels,
  type IncidentCreateInput,
  type SecurityRiskLevel,
} from '../../../shared/domain/incident';
import { longPinSchema } from '../../../shared/domain/roster';
import { LONG_PIN_MIN_DIGITS, PIN_MAX_DIGITS } from '../../../shared/rules/permissions';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise, riskLabel } from '../../components/format';
import { useConcordMutation } from '../../api/mutation';
import { useConsole } from '../../store';

type Kind = IncidentCreateInput['kind'];
type Mode = IncidentCreateInput['mode'];

const modeChoices: { mode: Mode; label: string; hint: string }[] = [
  { mode: 'real', label: 'Real incident', hint: 'Recorded as what is happening now.' },
  { mode: 'exercise', label: 'Exercise', hint: 'A training run: every screen says EXERCISE.' },
];

/** A template the new incident starts from: its roster, communities, contacts, messages and playbooks are loaded into it. */
export interface StartingTemplate {
  id: string;
  name: string;
}

export function NewIncidentForm() {
  return (
    <section className="card" aria-labelledby="new-incident-title">
      <h2 id="new-incident-title">Open a new incident</h2>
      <IncidentOpeningForm template={null} />
    </section>
  );
}

/** The incident's situation and its first commander; opened blank, or from a template prepared in peacetime. */
export function IncidentOpeningForm({ template }: { template: StartingTemplate | null }) {
  const openIncident = useConsole((s) => s.openIncident);
  // A template's form can be open beside the blank one: each names its radio buttons apart.
  const formId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('hate-motivated attack');
  const [mode, setMode] = useState<Mode>('real');
  const [risk, setRisk] = useState<SecurityRiskLevel>('elevated');
  const [area, setArea] = useState('');
  const [period, setPeriod] = useState('');
  const [commanderName, setCommanderName] = useState('');
  const [agency, setAgency] = useState('');
  const [pin, setPin] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [commanderError, setCommanderError] = useState<string | null>(null);
  const [pinError, setPinError] = useState<string | null>(null);
  // A refused incident keeps the form as typed; only an opened one leaves it.
  const create = useConcordMutation('incident:create', { shownIn: 'form', onSuccess: (incident) => openIncident(incident.id) });
  const start = useConcordMutation('template:startIncident', { shownIn: 'form', onSuccess: (incident) => openIncident(incident.id) });
  const busy = create.pending || start.pending;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setNameError(name.trim() ? null : 'Give the incident a name everyone in the room will recognise.');
    setCommanderError(commanderName.trim() ? null : 'Say who takes command: you will be the first incident commander.');
    const pinOk = longPinSchema.safeParse(pin).success;
    setPinError(pinOk ? null : `Choose a PIN of ${LONG_PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits: you sign in with it on any console, and as commander you approve.`);
    if (!name.trim() || !commanderName.trim() || !pinOk) return;
    const input = { name, kind, mode, securityRiskLevel: risk, areaDescription: area, operationalPeriod: period, commander: { name: commanderName, agency, pin } };
    // Once the incident is open the PIN has done its work: it is not kept in the form.
    void (template ? start.run({ ...input, templateId: template.id }) : create.run(input)).then((opened) => opened !== null && setPin(''));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Field label="Name" hint="For example: Attack at the Central Mosque, 14 March" error={nameError}>
        {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <ChoiceField label="Kind" value={kind} options={incidentKinds} describe={capitalise} onChange={setKind} />
      <fieldset className="choice-group">
        <legend>Real or exercise</legend>
        {modeChoices.map((choice) => (
          <div className="check" key={choice.mode}>
            <input
              id={`${formId}-mode-${choice.mode}`}
              type="radio"
              name={`${formId}-mode`}
              value={choice.mode}
              checked={mode === choice.mode}
              onChange={() => setMode(choice.mode)}
            />
            <label htmlFor={`${formId}-mode-${choice.mode}`}>
              {choice.label} <span className="muted">{choice.hint}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <ChoiceField label="Security risk level" value={risk} options={securityRiskLevels} describe={riskLabel} onChange={setRisk} />
      <Field label="Area" hint="Where it happened and the area affected.">
        {(control) => <input {...control} value={area} onChange={(event) => setArea(event.target.value)} />}
      </Field>
      <Field label="Operational period" hint="For example: Period 1, 14:00 to 22:00">
        {(control) => <input {...control} value={period} onChange={(event) => setPeriod(event.target.value)} />}
      </Field>
      <fieldset className="choice-group">
        <legend>Who takes command</legend>
        <p className="muted">Whoever opens the incident is its first incident commander and is signed in on this console.</p>
        <Field label="Your name" error={commanderError}>
          {(control) => <input {...control} autoComplete="name" value={commanderName} onChange={(event) => setCommanderName(event.target.value)} />}
        </Field>
        <Field label="Agency or office" hint="For example: Mayor’s office">
          {(control) => <input {...control} value={agency} onChange={(event) => setAgency(event.target.value)} />}
        </Field>
        <Field label="Your PIN" hint={`${LONG_PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits. It opens your own signing key: every console accepts a change in your name only with your signature.`} error={pinError}>
          {(control) => (
            <input {...control} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(event) => setPin(event.target.value)} />
          )}
        </Field>
      </fieldset>
      <FormError message={template ? start.error : create.error} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Opening…' : template ? `Open incident from “${template.name}”` : 'Open incident'}
      </button>
    </form>
  );
}
