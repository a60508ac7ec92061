import { useState, type SubmitEvent } from 'react';
import { measureKinds, measureStatuses, protectionRiskLevels, protectionStatuses, type MeasureStatus } from '../../../shared/domain/protection';
import type { MethodInput } from '../../../shared/contract';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise, formatDateTime } from '../../components/format';
import { RiskBadge } from '../../components/RiskBadge';
import { MayNot, mayProps, useMay } from '../roster/use-may';
import { BacklashForm } from './BacklashForm';
import { NeedContacts } from './NeedContacts';

type MeasureKind = (typeof measureKinds)[number];

function MeasureForm({ needId }: { needId: string }) {
  const actors = useConcordQuery('actor:list', useIncidentInput({ sort: 'name' as const, limit: 500 }));
  const [kind, setKind] = useState<MeasureKind>('patrol');
  const [actorId, setActorId] = useState('');
  const [description, setDescription] = useState('');
  const [noActor, setNoActor] = useState(false);
  const add = useConcordMutation('protection:addMeasure', { shownIn: 'form', onSuccess: () => setDescription('') });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setNoActor(!actorId);
    if (actorId) void add.run({ needId, kind, actorId, description });
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-labelledby="measure-form-title">
      <h4 id="measure-form-title">Add a measure</h4>
      <div className="form-row">
        <ChoiceField label="Measure" value={kind} options={measureKinds} describe={capitalise} onChange={setKind} />
        <Field label="Assigned to">
          {(c) => (
            <select {...c} value={actorId} onChange={(e) => setActorId(e.target.value)}>
              <option value="">Choose an actor…</option>
              {actors.data?.actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Details">{(c) => <input {...c} value={description} onChange={(e) => setDescription(e.target.value)} />}</Field>
      <FormError message={noActor ? 'Choose the actor who carries out the measure.' : add.error} />
      <button type="submit" className="primary">
        Add measure
      </button>
    </form>
  );
}

function ContactForm({ needId }: { needId: string }) {
  const [by, setBy] = useState('');
  const contact = useConcordMutation('protection:contact', { shownIn: 'form', onSuccess: () => setBy('') });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (by.trim()) void contact.run({ id: needId, by });
  };
  return (
    <form className="contact-form" onSubmit={submit} noValidate>
      <Field label="Contact made now by">{(c) => <input {...c} value={by} onChange={(e) => setBy(e.target.value)} />}</Field>
      <FormError message={contact.error} />
      <button type="submit">Record contact</button>
    </form>
  );
}

/** One need: its risk and status, the measures with who carries them out, contact, and its backlash reports. */
export function NeedDetail({ needId }: { needId: string }) {
  const { data } = useConcordQuery('protection:get', { id: needId });
  const reports = useConcordQuery('protection:listBacklash', useIncidentInput({ needId, limit: 50 }));
  const updateNeed = useConcordMutation('protection:update');
  const updateMeasure = useConcordMutation('protection:updateMeasure');
  const may = useMay('manageProtection');
  const controls = mayProps(may, 'need-may-not');
  if (!data) return <p className="muted">Loading…</p>;
  const { need, measures } = data;
  const update = (changes: MethodInput<'protection:update'>['changes']) => void updateNeed.run({ id: need.id, changes });
  return (
    <section className="need-detail" aria-labelledby="need-title" data-testid="need-detail">
      <h3 id="need-title">
        {need.name} <RiskBadge level={need.riskLevel} />
      </h3>
      <p className="muted">
        {capitalise(need.subject === 'community' ? `${need.communityKind ?? ''} community` : (need.siteKind ?? 'site'))}
        {need.address && ` · ${need.address}`}
        {need.languages.length > 0 && ` · Languages: ${need.languages.join(', ')}`}
      </p>
      {need.notes && <p>{need.notes}</p>}
      <MayNot may={may} id="need-may-not" />
      {may.allowed && (
        <div className="form-row">
          <ChoiceField label="Risk level" value={need.riskLevel} options={protectionRiskLevels} describe={capitalise} onChange={(riskLevel) => update({ riskLevel })} />
          <ChoiceField label="Status" value={need.status} options={protectionStatuses} describe={capitalise} onChange={(status) => update({ status })} />
        </div>
      )}
      {need.subject === 'community' && <NeedContacts need={need} />}
      <p>
        Last contact:{' '}
        {need.lastContactAt ? `${formatDateTime(need.lastContactAt)} by ${need.lastContactBy || 'unknown'}` : <span className="muted">none recorded</span>}
      </p>
      {may.allowed && <ContactForm needId={need.id} />}
      <h4>Measures</h4>
      {measures.length === 0 ? (
        <p className="muted">No measure yet.</p>
      ) : (
        <table className="data-table" data-testid="measures">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Assigned to</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <td>
                  {capitalise(m.kind)}
                  {m.description && <span className="muted"> · {m.description}</span>}
                </td>
                <td>{m.actorName}</td>
                <td>
                  <label className="visually-hidden" htmlFor={`measure-${m.id}`}>
                    Status of {m.kind} by {m.actorName}
                  </label>
                  <select id={`measure-${m.id}`} {...controls} value={m.status} onChange={(e) => void updateMeasure.run({ id: m.id, changes: { status: e.target.value as MeasureStatus } })}>
                    {measureStatuses.map((s) => (
                      <option key={s} value={s}>
                        {capitalise(s)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {may.allowed && <MeasureForm needId={need.id} />}
      <h4>Backlash reports ({need.backlashReports})</h4>
      <ul className="plain-list">
        {reports.data?.reports.map((r) => (
          <li key={r.id}>
            <strong>{capitalise(r.kind)}</strong> · {formatDateTime(r.occurredAt)}
            {r.place && ` · ${r.place}`} · {r.verified ? 'verified' : 'not verified'} ({r.source}){r.description && <span className="muted"> — {r.description}</span>}
          </li>
        ))}
      </ul>
      {may.allowed && <BacklashForm needId={need.id} />}
    </section>
  );
}
