import { useState, type SubmitEvent } from 'react';
import { passphraseSchema } from '../../../shared/domain/store';
import { FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { PassphraseInput } from './PassphraseInput';

const minimumHint = 'At least 10 characters. A few unrelated words are easier to type under stress than symbols.';

export function CreateStoreScreen() {
  const createStore = useConsole((s) => s.createStore);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const checked = passphraseSchema.safeParse(passphrase);
    const next = {
      passphrase: checked.success ? undefined : 'The passphrase needs at least 10 characters.',
      confirmation: checked.success && confirmation !== passphrase ? 'The two passphrases are not the same.' : undefined,
    };
    setErrors(next);
    setFailure(null);
    if (next.passphrase || next.confirmation) return;
    setBusy(true);
    const error = await createStore(passphrase);
    setBusy(false);
    if (error) setFailure(error.message);
  };

  return (
    <section className="card narrow" aria-labelledby="create-title">
      <h1 id="create-title">Create this console’s encrypted store</h1>
      <p>
        Everything this console records about an incident is kept in an encrypted store on this machine. Choose the
        passphrase that will open it.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseInput
          label="Passphrase"
          hint={minimumHint}
          autoComplete="new-password"
          autoFocus
          value={passphrase}
          onChange={setPassphrase}
          error={errors.passphrase}
        />
        <PassphraseInput
          label="Passphrase again"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          error={errors.confirmation}
        />
        <FormError message={failure} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating the store…' : 'Create store'}
        </button>
      </form>
    </section>
  );
}
