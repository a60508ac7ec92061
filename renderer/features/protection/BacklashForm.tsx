import { useState, type SubmitEvent } from 'react';
import { backlashKinds, backlashSources } from '../../../shared/domain/protection';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise } from '../../components/format';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';

type Kind = (typeof backlashKinds)[number];
type Source = (typeof backlashSources)[number];

/** A local date-time input's value for now, which is what a report is filed at unless someone says otherwise. */
const localNow = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function BacklashForm({ needId }: { needId: string }) {
  const incidentId = useConsole(selectIncidentId);
  const blank = { kind: 'verbal abuse' as Kind, source: 'community report' as Source, place: '', when: localNow(), verified: false, description: '' };
  const [form, setForm] = useState(blank);
  const [filed, setFiled] = useState<string | null>(null);
  // A refused report keeps the form as typed: only a filed one clears it.
  const file = useConcordMutation('protection:reportBacklash', {
    shownIn: 'form',
    onSuccess: (report) => {
      setFiled(`Report filed: ${report.kind}${report.place ? ` at ${report.place}` : ''}.`);
      setForm({ ...blank, when: localNow() });
    },
  });
  const edit = (changes: Partial<typeof blank>) => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!incidentId) return;
    const occurredAt = new Date(form.when).toISOString();
    const { when: _when, ...report } = form;
    void file.run({ incidentId, needId, occurredAt, ...report });
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="backlash-form-title">
      <h4 id="backlash-form-title">File a backlash report</h4>
      <div className="form-row">
        <ChoiceField label="Kind" value={form.kind} options={backlashKinds} describe={capitalise} onChange={(kind) => edit({ kind })} />
        <ChoiceField label="Source" value={form.source} options={backlashSources} describe={capitalise} onChange={(source) => edit({ source })} />
        <Field label="When">{(c) => <input {...c} type="datetime-local" value={form.when} onChange={(e) => edit({ when: e.target.value })} />}</Field>
      </div>
      <Field label="Place">{(c) => <input {...c} value={form.place} onChange={(e) => edit({ place: e.target.value })} />}</Field>
      <Field label="What happened">{(c) => <textarea {...c} rows={2} value={form.description} onChange={(e) => edit({ description: e.target.value })} />}</Field>
      <label className="check">
        <input type="checkbox" checked={form.verified} onChange={(e) => edit({ verified: e.target.checked })} /> Verified
      </label>
      <FormError message={file.error} />
      <button type="submit" className="primary">
        File report
      </button>
      {filed && <p role="status">{filed}</p>}
    </form>
  );
}
