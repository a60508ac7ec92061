import { useState, type SubmitEvent } from 'react';
import type { Peer } from '../../../shared/domain/sync';
import { useConcordMutation } from '../../api/mutation';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { peerLabel } from './peer-format';

/**
 * Revocation cannot be undone and costs every offline console a new join code, so the dialog says all of it
 * before the commander confirms. A refusal from the core (`forbidden` for anyone but the commander) is shown here.
 */
export function RevokeDialog({ peer, onClose }: { peer: Peer | null; onClose: () => void }) {
  const incidentId = useConsole(selectIncidentId) ?? '';
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    revoke.reset();
    onClose();
  };
  const revoke = useConcordMutation('sync:revokeDevice', { shownIn: 'form', onSuccess: close });
  const busy = revoke.pending;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (peer) void revoke.run({ incidentId, deviceId: peer.deviceId, reason });
  };
  return (
    <Dialog title={peer ? `Revoke ${peerLabel(peer)}?` : 'Revoke a device'} open={peer !== null} onClose={close}>
      <form onSubmit={submit} aria-label="Revoke the device">
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
        <FormError message={revoke.error} />
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
