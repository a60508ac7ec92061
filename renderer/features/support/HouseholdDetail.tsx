import { useState, type SubmitEvent } from 'react';
import { consentStates, householdStatuses, type Household, type HouseholdDetails } from '../../../shared/domain/support';
import type { MethodInput } from '../../../shared/contract';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery } from '../../api/query';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise, formatDateTime } from '../../components/format';
import { MayNot, useMay } from '../roster/use-may';
import { ContactSection } from './ContactSection';
import { CONFIDENTIAL, waitingLine } from './labels';
import { NeedsSection } from './NeedsSection';
import { PersonField } from './PersonField';

function DetailsForm({ household, details }: { household: Household; details: HouseholdDetails }) {
  const [form, setForm] = useState(details);
  const update = useConcordMutation('support:update', { shownIn: 'form' });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void update.run({ id: household.id, changes: { details: form } });
  };
  const field = (key: keyof HouseholdDetails, label: string) => (
    <Field label={label}>{(c) => <input {...c} value={form[key]} onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />}</Field>
  );
  return (
    <details>
      <summary>Edit the confidential details</summary>
      <form className="inline-form" onSubmit={submit} noValidate aria-label="Confidential details">
        {field('names', 'Names')}
        {field('contact', 'Contact details')}
        {field('address', 'Address')}
        {field('notes', 'Notes')}
        <FormError message={update.error} />
        <button type="submit">Save sealed details</button>
      </form>
    </details>
  );
}

function Sealed({ household }: { household: Household }) {
  if (!household.details) {
    return (
      <p className="confidential" data-testid="sealed-details">
        {CONFIDENTIAL}
      </p>
    );
  }
  const { names, contact, address, notes } = household.details;
  return (
    <dl className="sealed-details" data-testid="open-details">
      <dt>Names</dt>
      <dd>{names || '—'}</dd>
      <dt>Contact details</dt>
      <dd>{contact || '—'}</dd>
      <dt>Address</dt>
      <dd>{address || '—'}</dd>
      <dt>Notes</dt>
      <dd>{notes || '—'}</dd>
    </dl>
  );
}

/** One household: what everyone reads, what its readers read, and who still waits for access. */
export function HouseholdDetail({ householdId }: { householdId: string }) {
  const { data } = useConcordQuery('support:get', { id: householdId });
  const may = useMay('supportFamilies');
  const update = useConcordMutation('support:update');
  const assign = useConcordMutation('support:assignLiaison');
  const grant = useConcordMutation('support:grantAccess', { shownIn: 'form' });
  if (!data) return <p className="muted">Loading…</p>;
  const { household: h, needs, contacts } = data;
  const change = (changes: MethodInput<'support:update'>['changes']) => void update.run({ id: h.id, changes });
  return (
    <section className="household-detail" aria-labelledby="household-title" data-testid="household-detail">
      <h3 id="household-title">
        {h.label} <span className="status-tag">{capitalise(h.kind)}</span>
      </h3>
      <p className="muted">
        {h.language ? `Language: ${h.language}` : 'Language not recorded'}
        {h.interpreterNeeded && ' · interpreter needed'} · Consent: {h.consent} · Last contact: {h.lastContactAt ? formatDateTime(h.lastContactAt) : 'none yet'}
        {h.contactOverdue && <span className="overdue-flag"> · contact overdue</span>}
      </p>
      <Sealed household={h} />
      {h.details && may.allowed && <DetailsForm key={JSON.stringify(h.details)} household={h} details={h.details} />}
      {h.waiting.length > 0 && (
        <div className="warning" data-testid="waiting-readers">
          <p>Readers without access yet:</p>
          <ul>
            {h.waiting.map((w) => (
              <li key={w.personId}>{waitingLine(w)}</li>
            ))}
          </ul>
          {h.details && may.allowed && (
            <button type="button" onClick={() => void grant.run({ incidentId: h.incidentId, householdId: h.id })}>
              Grant access to this household’s readers
            </button>
          )}
          <FormError message={grant.error} />
        </div>
      )}
      {h.formerReaders.length > 0 && (
        <p className="warning" data-testid="former-readers">
          No longer readers, still holding the key new writes use: {h.formerReaders.map((r) => r.name).join(', ')}. The next grant starts a new key without them; what they could read
          before stays readable to them.
        </p>
      )}
      <MayNot may={may} id="support-may-not" />
      {may.allowed && (
        <div className="form-row">
          <PersonField label="Liaison" value={h.liaisonId ?? ''} none="No liaison" onChange={(id) => void assign.run({ id: h.id, liaisonId: id || null })} />
          <ChoiceField label="Consent" value={h.consent} options={consentStates} describe={capitalise} onChange={(consent) => change({ consent })} />
          <ChoiceField label="Status" value={h.status} options={householdStatuses} describe={capitalise} onChange={(status) => change({ status })} />
        </div>
      )}
      {!may.allowed && <p>Liaison: {h.liaisonName ?? <span className="overdue-flag">none</span>}</p>}
      <NeedsSection household={h} needs={needs} />
      <ContactSection household={h} contacts={contacts} />
    </section>
  );
}
