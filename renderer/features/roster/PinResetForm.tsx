import { useState } from 'react';
import type { Roster } from '../../../shared/domain/roster';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectOperator } from '../../store/operator-slice';
import { PickField, useSubmit } from './RosterForms';

/**
 * Resetting someone's PIN, for whoever manages the roster. The reset is logged; the person chooses their own PIN
 * at their next sign-in; for someone who approves or commands it waits for a second commander or approver.
 */
export function PinResetForm({ incidentId, roster }: { incidentId: string; roster: Roster }) {
  const operator = useConsole(selectOperator);
  const others = roster.people.filter((p) => p.id !== operator?.personId);
  const [personId, setPersonId] = useState('');
  const [pin, setPin] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const person = personId || others[0]?.id || '';
  const form = useSubmit(
    'roster:setPin',
    () => {
      setDone(null);
      return { incidentId, personId: person, pin };
    },
    (reset) => {
      setDone(
        reset.pendingPinReset
          ? `Reset of ${reset.name}’s PIN proposed: a second commander or approver confirms it before it takes effect.`
          : `${reset.name}’s PIN is reset: they choose their own at their next sign-in.`,
      );
      setPin('');
    },
  );
  const waiting = roster.people.filter((p) => p.pendingPinReset !== null);
  return (
    <form className="card roster-form" onSubmit={form.onSubmit} noValidate aria-labelledby="pin-reset-title">
      <h3 id="pin-reset-title">Reset a PIN</h3>
      <PickField label="Person" value={person} options={others} onChange={setPersonId} />
      <Field label="New PIN" hint="They choose their own at their next sign-in. 8 digits or more for whoever approves, commands or publishes.">
        {(c) => <input {...c} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />}
      </Field>
      <FormError message={form.failure} />
      {done && (
        <p className="muted" role="status">
          {done}
        </p>
      )}
      <button type="submit" className="primary" disabled={form.busy || !person || !pin}>
        Reset PIN
      </button>
      {waiting.length > 0 && <PendingResets incidentId={incidentId} waiting={waiting} self={operator?.personId ?? ''} />}
    </form>
  );
}

/** Resets waiting for a second person: the proposer cannot confirm their own. */
function PendingResets({ incidentId, waiting, self }: { incidentId: string; waiting: Roster['people']; self: string }) {
  const confirmReset = useConcordMutation('roster:confirmPinReset', { shownIn: 'form' });
  const confirm = (personId: string) => void confirmReset.run({ incidentId, personId });
  return (
    <section aria-label="PIN resets waiting for confirmation">
      <h4>Waiting for a second commander or approver</h4>
      <ul className="plain-list">
        {waiting.map((p) => (
          <li key={p.id}>
            {p.name}, proposed by {p.pendingPinReset?.byName}{' '}
            <button type="button" className="small" disabled={p.pendingPinReset?.by === self} onClick={() => confirm(p.id)}>
              Confirm reset of {p.name}’s PIN
            </button>
          </li>
        ))}
      </ul>
      <FormError message={confirmReset.error} />
    </section>
  );
}
