import { useState, type SubmitEvent } from 'react';
import { communityKinds, protectionRiskLevels, siteKinds, type ProtectionRiskLevel } from '../../../shared/domain/protection';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise } from '../../components/format';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';

type CommunityKind = (typeof communityKinds)[number];
type SiteKind = (typeof siteKinds)[number];

const blank = {
  subject: 'community' as 'community' | 'site',
  name: '',
  communityKind: 'targeted' as CommunityKind,
  siteKind: 'place of worship' as SiteKind,
  address: '',
  riskLevel: 'high' as ProtectionRiskLevel,
  languages: '',
};

/** The four kinds of community from the city-led response guide, or a site with its address. */
export function NeedForm({ onCreated }: { onCreated: (id: string) => void }) {
  const incidentId = useConsole(selectIncidentId);
  const [form, setForm] = useState(blank);
  const [unnamed, setUnnamed] = useState(false);
  // A refused need keeps the form as typed: only a recorded one clears it.
  const create = useConcordMutation('protection:create', {
    shownIn: 'form',
    onSuccess: (need) => {
      setForm(blank);
      onCreated(need.id);
    },
  });
  const edit = (changes: Partial<typeof blank>) => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!incidentId) return;
    setUnnamed(!form.name.trim());
    if (!form.name.trim()) return;
    const languages = form.languages.split(',').map((l) => l.trim()).filter(Boolean);
    void create.run({
      incidentId,
      subject: form.subject,
      name: form.name,
      communityKind: form.subject === 'community' ? form.communityKind : null,
      siteKind: form.subject === 'site' ? form.siteKind : null,
      address: form.address,
      riskLevel: form.riskLevel,
      languages,
    });
  };
  return (
    <form className="side-form" onSubmit={submit} noValidate aria-labelledby="need-form-title">
      <h3 id="need-form-title">Record a protection need</h3>
      <fieldset className="choice-group">
        <legend>Who or what needs protection</legend>
        {(['community', 'site'] as const).map((subject) => (
          <label key={subject} className="check">
            <input type="radio" name="need-subject" checked={form.subject === subject} onChange={() => edit({ subject })} /> {subject === 'community' ? 'A community' : 'A site'}
          </label>
        ))}
      </fieldset>
      <Field label={form.subject === 'community' ? 'Community' : 'Site'}>{(c) => <input {...c} value={form.name} onChange={(e) => edit({ name: e.target.value })} />}</Field>
      {form.subject === 'community' ? (
        <ChoiceField label="Kind of community" value={form.communityKind} options={communityKinds} describe={capitalise} onChange={(communityKind) => edit({ communityKind })} />
      ) : (
        <ChoiceField label="Kind of site" value={form.siteKind} options={siteKinds} describe={capitalise} onChange={(siteKind) => edit({ siteKind })} />
      )}
      <Field label="Address or area">{(c) => <input {...c} value={form.address} onChange={(e) => edit({ address: e.target.value })} />}</Field>
      <ChoiceField label="Risk level" value={form.riskLevel} options={protectionRiskLevels} describe={capitalise} onChange={(riskLevel) => edit({ riskLevel })} />
      <Field label="Languages" hint="Separated by commas; statements are checked for a version in each.">
        {(c) => <input {...c} value={form.languages} onChange={(e) => edit({ languages: e.target.value })} />}
      </Field>
      <FormError message={unnamed ? 'Name the community or the site.' : create.error} />
      <button type="submit" className="primary">
        Record need
      </button>
    </form>
  );
}
