import { useState } from 'react';
import type { MethodOutput } from '../../../shared/contract';
import { call } from '../../api/client';
import { FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectCurrent } from '../../store/incidents-slice';

type JoinCode = MethodOutput<'sync:joinCode'>;

/** The SVG the core made, shown as an image: an <img> never runs script or reaches the page, inline SVG could. */
const qrSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * The join code holds the incident's secret, so it stays hidden until someone asks for it: whoever reads it off
 * the screen can join the incident.
 */
export function InvitePanel({ address }: { address: string | null }) {
  const incidentId = useConsole(selectCurrent)?.id ?? '';
  const [invite, setInvite] = useState<JoinCode | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const show = async () => {
    const result = await call('sync:joinCode', { incidentId });
    if (!result.ok) return setFailure(result.error.message);
    setFailure(null);
    setInvite(result.value);
  };
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
      <FormError message={failure} />
      {!invite ? (
        <button type="button" className="primary" onClick={() => void show()}>
          Show the join code
        </button>
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
          <p className="muted">Anyone holding this code can read and change this incident: show it only to consoles that should join.</p>
        </>
      )}
    </section>
  );
}
