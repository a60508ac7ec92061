import { useState, type SubmitEvent } from 'react';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';
import { addressError } from './peer-format';

/** For networks that block discovery beacons: a console this one keeps dialling by address. */
export function ManualPeerForm({ known, onAdded }: { known: string[]; onAdded: () => void }) {
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // A refused address stays in the field to correct; only an added one clears it.
  const add = useConcordMutation('sync:addPeer', {
    shownIn: 'form',
    onSuccess: (_peer, input) => {
      setDone(`Concord keeps reaching ${input.address}.`);
      setAddress('');
      onAdded();
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setDone(null);
    const problem = addressError(address);
    setError(problem);
    if (!problem) void add.run({ address: address.trim() });
  };
  return (
    <section className="card" aria-labelledby="manual-peer-title">
      <h3 id="manual-peer-title">Add a console by address</h3>
      <p className="muted">Consoles find each other on the local network by themselves. Where the network blocks that, add one by its sync address.</p>
      <form onSubmit={submit} noValidate aria-labelledby="manual-peer-title">
        <Field label="Address" hint="host:port, as the other console’s Invite panel shows it" error={error}>
          {(control) => (
            <input {...control} className="mono" value={address} autoComplete="off" spellCheck={false} onChange={(e) => setAddress(e.target.value)} />
          )}
        </Field>
        <FormError message={add.error} />
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
