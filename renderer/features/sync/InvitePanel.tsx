import { useState } from 'react';
import type { MethodOutput } from '../../../shared/contract';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { selectMay } from '../../store/operator-slice';

type JoinCode = MethodOutput<'sync:joinCode'>;

/** The SVG the core made, shown as an image: an <img> never runs script or reaches the page, inline SVG could. */
const qrSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * The join code holds the incident's secret and a one-time invitation, so it is made only when someone asks for it:
 * whoever reads it off the screen within 30 minutes can join the incident, once.
 */
export function InvitePanel({ address }: { address: string | null }) {
  const incidentId = useConsole(selectIncidentId) ?? '';
  const mayInvite = useConsole(selectMay('inviteDevices'));
  const [label, setLabel] = useState('');
  const [invite, setInvite] = useState<JoinCode | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const mint = useConcordMutation('sync:joinCode', {
    shownIn: 'form',
    onSuccess: (minted) => {
      setLabel('');
      setInvite(minted);
    },
  });
  const show = () => mint.run({ incidentId, label: label.trim() });
  const copy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('Join code copied.');
    } catch {
      setCopied('This browser did not allow copying: select the code and copy it.');
    }
  };
  return (
    <section className="card invite" aria-labelledby="invite-title" data-testid="invite">
      <h3 id="invite-title">Invite a console</h3>
      <p>
        This console listens for other consoles at <strong className="mono" data-testid="sync-address">{invite?.address ?? address ?? '…'}</strong>.
        On the new console, choose <em>Join an incident</em> and enter this code, or scan the QR code.
      </p>
      <FormError message={mint.error} />
      {!invite ? (
        mayInvite ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void show();
            }}
            aria-labelledby="invite-title"
          >
            <Field label="Who is the code for?" hint="For example: Laptop at the press desk. Optional.">
              {(control) => <input {...control} value={label} maxLength={80} autoComplete="off" onChange={(e) => setLabel(e.target.value)} />}
            </Field>
            <button type="submit" className="primary">
              Show the join code
            </button>
          </form>
        ) : (
          <p className="muted">Only the incident commander can make a join code.</p>
        )
      ) : (
        <>
          <div className="invite-body">
            <img className="qr" src={qrSource(invite.qrSvg)} alt="QR code of the join code" width={200} height={200} />
            <div>
              <p className="join-code-label" id="join-code-label">
                Join code
              </p>
              <p className="join-code mono" data-testid="join-code" aria-labelledby="join-code-label">
                {invite.code}
              </p>
              <div className="actions">
                <button type="button" onClick={() => void copy(invite.code)}>
                  Copy the join code
                </button>
                <button type="button" className="quiet" onClick={() => (setInvite(null), setCopied(null))}>
                  Hide the join code
                </button>
              </div>
              <p role="status" className="muted">
                {copied}
              </p>
            </div>
          </div>
          <p className="muted" data-testid="invite-expiry">
            For {invite.invitation.label}. It admits one console, once, until {timeOf(invite.invitation.expiresAt)}.
          </p>
          <p className="muted">Whoever holds this code can join this incident: show it only to the console it is for.</p>
        </>
      )}
    </section>
  );
}
