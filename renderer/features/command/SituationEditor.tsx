import { useState, type SubmitEvent } from 'react';
import {
  escalationOutlooks,
  securityRiskLevels,
  type Incident,
  type SituationFields,
} from '../../../shared/domain/incident';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise, riskLabel } from '../../components/format';
import { useConsole } from '../../store';

type Editable = Pick<SituationFields, 'securityRiskLevel' | 'securityRiskNote' | 'escalationOutlook' | 'operationalPeriod'>;
const editableKeys = ['securityRiskLevel', 'securityRiskNote', 'escalationOutlook', 'operationalPeriod'] as const;

/** Only the fields that changed travel, so the log records what the operator actually changed. */
function changesBetween(before: Incident, after: Editable): Partial<Editable> {
  const changes: Partial<Editable> = {};
  for (const key of editableKeys) {
    if (before[key] !== after[key]) Object.assign(changes, { [key]: after[key] });
  }
  return changes;
}

export function SituationEditor({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const updateSituation = useConsole((s) => s.updateSituation);
  const [draft, setDraft] = useState<Editable>({
    securityRiskLevel: incident.securityRiskLevel,
    securityRiskNote: incident.securityRiskNote,
    escalationOutlook: incident.escalationOutlook,
    operationalPeriod: incident.operationalPeriod,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<Editable>) => setDraft({ ...draft, ...patch });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const changes = changesBetween(incident, draft);
    if (Object.keys(changes).length === 0) return onDone();
    setBusy(true);
    const error = await updateSituation(changes);
    setBusy(false);
    if (error) setFailure(error.message);
    else onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ChoiceField
        label="Security risk level"
        value={draft.securityRiskLevel}
        options={securityRiskLevels}
        describe={riskLabel}
        onChange={(securityRiskLevel) => edit({ securityRiskLevel })}
      />
      <Field label="Security risk note" hint="Is there an ongoing security risk? What is it based on?">
        {(control) => (
          <textarea {...control} rows={3} value={draft.securityRiskNote} onChange={(event) => edit({ securityRiskNote: event.target.value })} />
        )}
      </Field>
      <ChoiceField
        label="Escalation outlook"
        value={draft.escalationOutlook}
        options={escalationOutlooks}
        describe={capitalise}
        onChange={(escalationOutlook) => edit({ escalationOutlook })}
      />
      <Field label="Operational period">
        {(control) => <input {...control} value={draft.operationalPeriod} onChange={(event) => edit({ operationalPeriod: event.target.value })} />}
      </Field>
      <FormError message={failure} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save situation'}
        </button>
        <button type="button" className="quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
