import { useState, type SubmitEvent } from 'react';
import { contactChannels, type Household, type SupportContact } from '../../../shared/domain/support';
import { useConcordMutation } from '../../api/mutation';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { capitalise, formatDateTime } from '../../components/format';
import { useConsole } from '../../store';
import { selectOperator } from '../../store/operator-slice';
import { useMay } from '../roster/use-may';
import { inHours } from './labels';

type Channel = (typeof contactChannels)[number];
const blank = { channel: 'phone' as Channel, note: '', promise: '', dueHours: '24' };

/** A contact and the promises made in it go in together; the note is sealed, so only a reader writes one. */
function ContactForm({ household }: { household: Household }) {
  const operator = useConsole(selectOperator);
  const [form, setForm] = useState(blank);
  const contact = useConcordMutation('support:contact', { shownIn: 'form', onSuccess: () => setForm(blank) });
  const edit = (changes: Partial<typeof blank>) => setForm((f) => ({ ...f, ...changes }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const ownerId = household.liaisonId ?? operator?.personId;
    const promises = form.promise.trim() && ownerId ? [{ text: form.promise, ownerId, dueAt: inHours(Number(form.dueHours) || 24) }] : [];
    void contact.run({ householdId: household.id, channel: form.channel, note: form.note, promises });
  };
  return (
    <form className="support-form" onSubmit={submit} noValidate aria-labelledby="support-contact-form-title">
      <h5 id="support-contact-form-title">Record a contact now</h5>
      <ChoiceField label="Channel" value={form.channel} options={contactChannels} describe={capitalise} onChange={(channel) => edit({ channel })} />
      {household.details ? (
        <Field label="What was asked and said" hint="Sealed like the details.">
          {(c) => <textarea {...c} value={form.note} onChange={(e) => edit({ note: e.target.value })} />}
        </Field>
      ) : (
        <p className="muted">Only the household’s readers write a note; the contact itself is recorded.</p>
      )}
      <div className="form-row">
        <Field label="Promise made (optional)" hint={`Recorded as made to ${household.label}, owned by the liaison.`}>
          {(c) => <input {...c} value={form.promise} onChange={(e) => edit({ promise: e.target.value })} />}
        </Field>
        <Field label="Promise due in (hours)">{(c) => <input {...c} type="number" min="1" value={form.dueHours} onChange={(e) => edit({ dueHours: e.target.value })} />}</Field>
      </div>
      <FormError message={contact.error} />
      <button type="submit">Record contact</button>
    </form>
  );
}

export function ContactSection({ household, contacts }: { household: Household; contacts: SupportContact[] }) {
  const may = useMay('supportFamilies');
  return (
    <>
      <h4>Contacts</h4>
      {contacts.length === 0 ? (
        <p className="muted">No contact recorded yet.</p>
      ) : (
        <ul className="plain-list contact-log" data-testid="contact-log">
          {contacts.map((c) => (
            <li key={c.id}>
              <strong>{formatDateTime(c.at)}</strong> · {capitalise(c.channel)} · {c.byName ?? 'someone no longer on the roster'}
              {c.note ? <div>{c.note}</div> : c.sealed && <div className="muted">Note sealed.</div>}
            </li>
          ))}
        </ul>
      )}
      {may.allowed && <ContactForm household={household} />}
    </>
  );
}
