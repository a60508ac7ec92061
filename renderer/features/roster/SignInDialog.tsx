import { useState, type SubmitEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectOperator } from '../../store/operator-slice';
import { useRoster } from './use-roster';

/**
 * Sign in as a person of this incident's roster with their PIN. No passphrase: the store stays unlocked. Someone
 * signed in with a PIN another person set is asked for their own before the dialog closes.
 */
export function SignInDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const operator = useConsole(selectOperator);
  const [pinUsed, setPinUsed] = useState('');
  const mustSetPin = operator?.mustSetPin === true;
  return (
    <Dialog title={mustSetPin ? 'Set your own PIN' : 'Sign in on this console'} open={open} onClose={onClose}>
      {mustSetPin ? <OwnPinForm currentPin={pinUsed} onDone={onClose} /> : <SignInForm onSignedIn={setPinUsed} onDone={onClose} />}
    </Dialog>
  );
}

/** How authorship is proven, in the words an operator needs. */
function AuthorshipNote() {
  return (
    <p className="muted" data-testid="authorship-note">
      Your PIN opens your own signing key on this console. Everything you do here is signed with it, and every console accepts a change in your name only
      with your signature: nobody can act as you without your PIN.
    </p>
  );
}

function SignInForm({ onSignedIn, onDone }: { onSignedIn: (pin: string) => void; onDone: () => void }) {
  const roster = useRoster();
  const signIn = useConsole((s) => s.signIn);
  const people = (roster.data?.people ?? []).filter((p) => p.hasPin);
  const [personId, setPersonId] = useState('');
  const [pin, setPin] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = personId || people[0]?.id || '';
  const mustSetPin = people.find((p) => p.id === chosen)?.mustSetPin === true;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    // Kept before signing in: the dialog turns to choosing one's own PIN as soon as the sign-in lands.
    onSignedIn(pin);
    const error = await signIn(chosen, pin);
    setBusy(false);
    if (error) {
      setFailure(error.message);
      setPin('');
    } else if (!mustSetPin) onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <AuthorshipNote />
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
      <Field label="PIN" hint={mustSetPin ? 'Someone else set this PIN: after signing in you choose your own.' : undefined}>
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

/** Choosing one's own PIN: a new signing key, wrapped under it; the PIN someone else set stops working. */
function OwnPinForm({ currentPin, onDone }: { currentPin: string; onDone: () => void }) {
  const setOwnPin = useConsole((s) => s.setOwnPin);
  const signOut = useConsole((s) => s.signOut);
  const [typed, setTyped] = useState('');
  const current = typed || currentPin;
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (pin !== again) {
      setFailure('The two new PINs differ: type the same one twice.');
      return;
    }
    setBusy(true);
    const error = await setOwnPin(current, pin);
    setBusy(false);
    if (error) setFailure(error.message);
    else onDone();
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>The PIN you signed in with was set by someone else, so nothing you do takes effect until you choose your own. Only you will know it.</p>
      {!currentPin && (
        <Field label="The PIN you were given">
          {(control) => <input {...control} type="password" inputMode="numeric" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value)} />}
        </Field>
      )}
      <Field label="Your new PIN" hint="4 to 12 digits; at least 8 if you approve, command or publish.">
        {(control) => <input {...control} type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(event) => setPin(event.target.value)} />}
      </Field>
      <Field label="Your new PIN again">
        {(control) => <input {...control} type="password" inputMode="numeric" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.target.value)} />}
      </Field>
      <FormError message={failure} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !current || !pin || !again}>
          {busy ? 'Setting…' : 'Set my PIN'}
        </button>
        <button type="button" className="quiet" onClick={() => void signOut().then(onDone)}>
          Sign out
        </button>
      </div>
    </form>
  );
}
