import { useState, type SubmitEvent } from 'react';
import { engagementKinds, temperatures, trends, type CommunityTemperature, type Temperature, type Trend } from '../../../shared/domain/engagement';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise } from '../../components/format';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { PickField } from '../roster/RosterForms';
import { promiseGap, PromiseRows, type PromiseDraft } from './PromiseRows';

type Kind = (typeof engagementKinds)[number];

const blank = {
  needId: '',
  kind: 'visit' as Kind,
  at: '',
  temperature: 'uneasy' as Temperature,
  trend: 'steady' as Trend,
  participantIds: [] as string[],
  communityParticipants: '',
  entryPointIds: [] as string[],
  concerns: '',
  needs: '',
  rumourIds: [] as string[],
  promises: [] as PromiseDraft[],
};

const toggled = (ids: string[], id: string, on: boolean) => (on ? [...ids, id] : ids.filter((x) => x !== id));

interface Named {
  id: string;
  name: string;
}

function Checklist({ legend, options, chosen, onChange }: { legend: string; options: Named[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choice-list">
        {options.map((o) => (
          <label key={o.id} className="check">
            <input type="checkbox" checked={chosen.includes(o.id)} onChange={(e) => onChange(toggled(chosen, o.id, e.target.checked))} /> {o.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** "Record an engagement": with whom, how it went (the temperature check), and what was promised, in one record. */
export function EngagementForm({ communities }: { communities: CommunityTemperature[] }) {
  const incidentId = useConsole(selectIncidentId);
  const roster = useConcordQuery('roster:get', useIncidentInput({}));
  const people = (roster.data?.people ?? []).map((p) => ({ id: p.id, name: p.name }));
  // The register's claims, widest reach first (the input the engagement list reads too, so one answer serves both).
  const register = useConcordQuery('rumour:list', useIncidentInput({ limit: 500 }));
  const rumours = (register.data?.rumours ?? []).map((r) => ({ id: r.id, name: r.claim }));
  const [form, setForm] = useState(blank);
  const [invalid, setInvalid] = useState<string | null>(null);
  const record = useConcordMutation('engagement:record', { shownIn: 'form' });
  const needId = form.needId || communities[0]?.needId || '';
  const community = communities.find((c) => c.needId === needId);
  const edit = (changes: Partial<typeof blank>) => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!incidentId) return;
    const missing = !needId ? 'Choose the community.' : (form.promises.map((p, i) => promiseGap(p, i + 1)).find(Boolean) ?? null);
    setInvalid(missing);
    if (missing) return;
    const { promises, at, ...fields } = form;
    void record
      .run({
        ...fields,
        incidentId,
        needId,
        ...(at ? { at: new Date(at).toISOString() } : {}),
        promises: promises.map((p) => ({ text: p.text, ownerId: p.ownerId, dueAt: new Date(p.due).toISOString() })),
      })
      .then((recorded) => recorded && setForm({ ...blank, needId }));
  };
  return (
    <form className="side-form" onSubmit={submit} noValidate aria-labelledby="engagement-form-title">
      <h3 id="engagement-form-title">Record an engagement</h3>
      <PickField
        label="Community"
        value={needId}
        options={communities.map((c) => ({ id: c.needId, name: c.name }))}
        onChange={(chosen) => edit({ needId: chosen, entryPointIds: [] })}
      />
      <div className="form-row">
        <ChoiceField label="Kind" value={form.kind} options={engagementKinds} describe={capitalise} onChange={(kind) => edit({ kind })} />
        <Field label="When" hint="Empty for now.">
          {(c) => <input {...c} type="datetime-local" value={form.at} onChange={(e) => edit({ at: e.target.value })} />}
        </Field>
      </div>
      <div className="form-row">
        <ChoiceField label="Temperature" value={form.temperature} options={temperatures} describe={capitalise} onChange={(temperature) => edit({ temperature })} />
        <ChoiceField label="Trend" value={form.trend} options={trends} describe={capitalise} onChange={(trend) => edit({ trend })} />
      </div>
      <Checklist legend="Took part for the city" options={people} chosen={form.participantIds} onChange={(participantIds) => edit({ participantIds })} />
      <Field label="From the community">
        {(c) => <input {...c} value={form.communityParticipants} onChange={(e) => edit({ communityParticipants: e.target.value })} />}
      </Field>
      {community && community.entryPoints.length > 0 && (
        <Checklist
          legend="Entry points engaged"
          options={community.entryPoints}
          chosen={form.entryPointIds}
          onChange={(entryPointIds) => edit({ entryPointIds })}
        />
      )}
      <Field label="Concerns">{(c) => <textarea {...c} rows={2} value={form.concerns} onChange={(e) => edit({ concerns: e.target.value })} />}</Field>
      <Field label="Needs">{(c) => <textarea {...c} rows={2} value={form.needs} onChange={(e) => edit({ needs: e.target.value })} />}</Field>
      {rumours.length > 0 && <Checklist legend="Rumours heard" options={rumours} chosen={form.rumourIds} onChange={(rumourIds) => edit({ rumourIds })} />}
      <PromiseRows promises={form.promises} people={people} onChange={(promises) => edit({ promises })} />
      <FormError message={invalid ?? record.error} />
      <button type="submit" className="primary">
        Record engagement
      </button>
    </form>
  );
}
