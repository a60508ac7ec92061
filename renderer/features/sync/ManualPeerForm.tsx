import { useState, type SubmitEvent } from 'react';
import { call } from '../../api/client';
import { Field, FormError } from '../../components/Field';
import { addressError } from './peer-format';

/** For networks that block discovery beacons: a console this one keeps dialling by address. */
export function ManualPeerForm({ known, onAdded }: { known: string[]; onAdded: () => void }) {
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(null);
    setFailure(null);
    const problem = addressError(address);
    setError(problem);
    if (problem) return;
    const result = await call('sync:addPeer', { address: address.trim() });
    if (!result.ok) return setFailure(result.error.message);
    setDone(`Concord keeps reaching ${address.trim()}.`);
    setAddress('');
    onAdded();
  };
  return (
    <section className="card" aria-labelledby="manual-peer-title">
      <h3 id="manual-peer-title">Add a console by address</h3>
      <p className="muted">Consoles find each other on the local network by themselves. Where the network blocks that, add one by its sync address.</p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="manual-peer-title">
        <Field label="Address" hint="host:port, as the other console’s Invite panel shows it" error={error}>
          {(control) => (
            <input {...control} className="mono" value={address} autoComplete="off" spellCheck={false} onChange={(e) => setAddress(e.target.value)} />
          )}
        </Field>
        <FormError message={failure} />
        <button type="submit">Add console</button>
        <p role="status" className="muted">
          {done}
        </p>
      </form>
      {known.length > 0 && (
        <>
          <h4>Added by address</h4>
          <ul className="plain-list mono" data-testid="manual-peers">
            {known.map((peer) => (
              <li key={peer}>{peer}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
