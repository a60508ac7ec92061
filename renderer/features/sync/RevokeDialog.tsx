import { useState, type SubmitEvent } from 'react';
import type { Peer } from '../../../shared/domain/sync';
import { call } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectCurrent } from '../../store/incidents-slice';
import { peerLabel } from './peer-format';

/**
 * Revocation cannot be undone and costs every offline console a new join code, so the dialog says all of it
 * before the commander confirms. A refusal from the core (`forbidden` for anyone but the commander) is shown here.
 */
export function RevokeDialog({ peer, onClose }: { peer: Peer | null; onClose: () => void }) {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const loadPeers = useConsole((s) => s.loadPeers);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setReason('');
    setFailure(null);
    onClose();
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!peer) return;
    setBusy(true);
    const result = await call('sync:revokeDevice', { incidentId, deviceId: peer.deviceId, reason });
    setBusy(false);
    if (!result.ok) return setFailure(result.error.message);
    void loadPeers();
    close();
  };
  return (
    <Dialog title={peer ? `Revoke ${peerLabel(peer)}?` : 'Revoke a device'} open={peer !== null} onClose={close}>
      <form onSubmit={(event) => void submit(event)} aria-label="Revoke the device">
        <ul className="revoke-effects">
          <li>Its connections to every console of this incident drop now.</li>
          <li>Every console refuses the changes it makes from now on. What it recorded before stays.</li>
          <li>The incident’s secret rotates: the consoles connected now receive the new one.</li>
          <li>
            <strong>A console that is offline during the rotation must rejoin with a new join code.</strong>
          </li>
        </ul>
        <p>This cannot be undone.</p>
        <Field label="Reason (optional)" hint="Kept in the log, for example: laptop lost at the scene.">
          {(control) => <input {...control} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <FormError message={failure} />
        <div className="actions">
          <button type="submit" className="danger" disabled={busy}>
            Revoke device
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
