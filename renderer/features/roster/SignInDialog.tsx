import { useState, type SubmitEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { useRoster } from './use-roster';

/** Sign in as a person of this incident's roster with their PIN. No passphrase: the store stays unlocked. */
export function SignInDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Sign in on this console" open={open} onClose={onClose}>
      <SignInForm onDone={onClose} />
    </Dialog>
  );
}

function SignInForm({ onDone }: { onDone: () => void }) {
  const roster = useRoster();
  const signIn = useConsole((s) => s.signIn);
  const people = (roster.data?.people ?? []).filter((p) => p.hasPin);
  const [personId, setPersonId] = useState('');
  const [pin, setPin] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = personId || people[0]?.id || '';

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    const error = await signIn(chosen, pin);
    setBusy(false);
    if (error) {
      setFailure(error.message);
      setPin('');
    } else onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Field label="Who are you?" hint="People on this incident’s roster who have a PIN.">
        {(control) => (
          <select {...control} value={chosen} onChange={(event) => setPersonId(event.target.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.agency ? ` (${p.agency})` : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="PIN">
        {(control) => <input {...control} type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(event) => setPin(event.target.value)} />}
      </Field>
      <FormError message={failure} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !chosen || !pin}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <button type="button" className="quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
