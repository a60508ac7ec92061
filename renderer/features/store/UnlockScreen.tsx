import { useState, type SubmitEvent } from 'react';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { PassphraseInput } from './PassphraseInput';

type Method = 'passphrase' | 'recoveryKey';

const refusal: Record<Method, string> = {
  passphrase: 'That passphrase does not open this store',
  recoveryKey: 'That recovery key does not open this store',
};

export function UnlockScreen() {
  const unlock = useConsole((s) => s.unlock);
  const [method, setMethod] = useState<Method>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const failure = await unlock(method === 'passphrase' ? { passphrase } : { recoveryKey });
    setBusy(false);
    // Only the message changes: what the operator typed stays, so a typo can be fixed rather than retyped.
    if (failure) setError(failure.code === 'wrong_key' ? refusal[method] : failure.message);
  };

  return (
    <section className="card narrow" aria-labelledby="unlock-title">
      <h1 id="unlock-title">Unlock the store</h1>
      <p>This console’s store is locked. Open it to see and record the incident.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {method === 'passphrase' ? (
          <PassphraseInput label="Passphrase" autoComplete="current-password" autoFocus value={passphrase} onChange={setPassphrase} />
        ) : (
          <Field label="Recovery key" hint="The 64 characters shown when the store was created; spaces and dashes do not matter.">
            {(control) => (
              <input
                {...control}
                className="mono"
                autoComplete="off"
                spellCheck={false}
                autoFocus
                value={recoveryKey}
                onChange={(event) => setRecoveryKey(event.target.value)}
              />
            )}
          </Field>
        )}
        <FormError message={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => {
              setMethod(method === 'passphrase' ? 'recoveryKey' : 'passphrase');
              setError(null);
            }}
          >
            {method === 'passphrase' ? 'Use the recovery key instead' : 'Use the passphrase instead'}
          </button>
        </div>
      </form>
    </section>
  );
}
