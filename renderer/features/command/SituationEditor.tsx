import { useState, type SubmitEvent } from 'react';
import { escalationOutlooks, securityRiskLevels, type Incident, type IncidentChanges } from '../../../shared/domain/incident';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise, riskLabel } from '../../components/format';
import { useConcordMutation } from '../../api/mutation';
import { useConsole } from '../../store';
import { selectMay } from '../../store/operator-slice';

const editableKeys = ['securityRiskLevel', 'securityRiskNote', 'escalationOutlook', 'operationalPeriod'] as const;
type Editable = Required<Pick<IncidentChanges, (typeof editableKeys)[number]>> & { withheldText: string };

/** One name per line, blank lines and repeats dropped: the list the guidance check looks for in statements. */
const namesFrom = (text: string): string[] => [...new Set(text.split('\n').map((n) => n.trim()).filter((n) => n !== ''))];

/** Only the fields that changed travel, so the log records what the operator actually changed. */
function changesBetween(before: Incident, after: Editable): IncidentChanges {
  const changes: IncidentChanges = {};
  for (const key of editableKeys) {
    if (before[key] !== after[key]) Object.assign(changes, { [key]: after[key] });
  }
  const names = namesFrom(after.withheldText);
  if (names.join('\n') !== before.withheldNames.join('\n')) changes.withheldNames = names;
  return changes;
}

export function SituationEditor({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const mayWithhold = useConsole(selectMay('withholdNames'));
  const [draft, setDraft] = useState<Editable>({
    securityRiskLevel: incident.securityRiskLevel,
    securityRiskNote: incident.securityRiskNote,
    escalationOutlook: incident.escalationOutlook,
    operationalPeriod: incident.operationalPeriod,
    withheldText: incident.withheldNames.join('\n'),
  });
  // A refused change keeps the draft as typed; the editor closes only once the change went through.
  const update = useConcordMutation('incident:update', { shownIn: 'form', onSuccess: onDone });
  const busy = update.pending;
  const edit = (patch: Partial<Editable>) => setDraft({ ...draft, ...patch });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const changes = changesBetween(incident, draft);
    if (Object.keys(changes).length === 0) return onDone();
    void update.run({ id: incident.id, changes });
  };

  return (
    <form onSubmit={submit} noValidate>
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
      {mayWithhold && (
        <Field
          label="Names to withhold from statements"
          hint="Perpetrators and suspects, one per line. Statements that name them are flagged, and the approver must acknowledge it."
        >
          {(control) => (
            <textarea {...control} rows={3} value={draft.withheldText} onChange={(event) => edit({ withheldText: event.target.value })} />
          )}
        </Field>
      )}
      <FormError message={update.error} />
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
