import { useState, type SubmitEvent } from 'react';
import { rumourStatuses, type Rumour, type RumourStatus } from '../../../shared/domain/rumour';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { statusLabels } from './labels';

/**
 * What verification found. The core stamps who verified it and when; a false or misleading claim needs its facts,
 * which lead the correction, and the false phrases the correction (and every statement) must not repeat.
 */
export function VerifyForm({ rumour }: { rumour: Rumour }) {
  const [status, setStatus] = useState<RumourStatus>(rumour.status === 'unverified' ? 'false' : rumour.status);
  const [source, setSource] = useState(rumour.verificationSource);
  const [facts, setFacts] = useState(rumour.facts);
  const [phrases, setPhrases] = useState(rumour.falsePhrases.join('\n'));
  const [done, setDone] = useState<string | null>(null);
  const verify = useConcordMutation('rumour:verify', { shownIn: 'form', onSuccess: (r) => setDone(`Recorded as ${statusLabels[r.status].toLowerCase()}.`) });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setDone(null);
    const falsePhrases = phrases.split('\n').map((p) => p.trim()).filter(Boolean);
    void verify.run({ id: rumour.id, status, source, facts, falsePhrases });
  };
  return (
    <form className="side-form verify-form" onSubmit={submit} noValidate aria-labelledby="verify-form-title">
      <h4 id="verify-form-title">Verify</h4>
      <div className="form-row">
        <ChoiceField label="Verdict" value={status} options={rumourStatuses} describe={(s) => statusLabels[s]} onChange={setStatus} />
        <Field label="Source" hint="Who or what settles it: the hospital, the police press office…">
          {(c) => <input {...c} value={source} onChange={(e) => setSource(e.target.value)} />}
        </Field>
      </div>
      <Field label="Verified facts" hint="What is true, in words a correction can lead with. Do not repeat the false claim.">
        {(c) => <textarea {...c} rows={3} value={facts} onChange={(e) => setFacts(e.target.value)} />}
      </Field>
      <Field label="False phrases" hint="One a line: the exact false elements no statement may repeat (a wrong name, “31 dead”).">
        {(c) => <textarea {...c} rows={2} value={phrases} onChange={(e) => setPhrases(e.target.value)} />}
      </Field>
      <FormError message={verify.error} />
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
      <button type="submit" className="primary">
        Record verdict
      </button>
    </form>
  );
}
