import { useState, type SubmitEvent } from 'react';
import { FormError } from '../../components/Field';
import { useConsole } from '../../store';

export function RecoveryKeyScreen() {
  const recoveryKey = useConsole((s) => s.recoveryKey);
  const confirm = useConsole((s) => s.confirmRecoveryKey);
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (stored) confirm();
    else setError('Tick the box once the recovery key is written down or printed and put away safely.');
  };

  return (
    <section className="card narrow" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Store the recovery key now</h1>
      <p>
        This key opens the store if the passphrase is lost or forgotten. <strong>It is shown only this once.</strong>{' '}
        Write it down or print it, and keep it somewhere safe, away from this console.
      </p>
      {/* Groups never break across lines, so the key is copied by hand group by group without a split one. */}
      <p className="recovery-key" data-testid="recovery-key">
        {(recoveryKey ?? '').split('-').map((group, index) => (
          <span key={index}>
            {index > 0 && '-'}
            <span className="key-group">{group}</span>
          </span>
        ))}
      </p>
      <form onSubmit={submit}>
        <div className="check">
          <input
            id="recovery-stored"
            type="checkbox"
            checked={stored}
            onChange={(event) => {
              setStored(event.target.checked);
              setError(null);
            }}
          />
          <label htmlFor="recovery-stored">I have stored the recovery key</label>
        </div>
        <FormError message={error} />
        <button type="submit" className="primary">
          Continue
        </button>
      </form>
    </section>
  );
}
