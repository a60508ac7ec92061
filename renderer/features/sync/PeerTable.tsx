import { useState } from 'react';
import type { Peer } from '../../../shared/domain/sync';
import { useMinuteClock } from '../../components/use-now';
import { useConsole } from '../../store';
import { selectMay } from '../../store/operator-slice';
import { formatDuration, formatLastSeen, formatOffset, peerLabel, shortDevice } from './peer-format';
import { RefusedEditsCell } from './RefusedEditsCell';
import { RevokeDialog } from './RevokeDialog';

function ConnectionCell({ peer }: { peer: Peer }) {
  if (peer.self) return <span className="peer-state peer-self">This console</span>;
  if (peer.revoked) return <span className="peer-state peer-revoked">Revoked</span>;
  return (
    <>
      <span className={peer.connected ? 'peer-state peer-connected' : 'peer-state peer-offline'}>
        <span className="peer-dot" aria-hidden="true" />
        {peer.connected ? 'Connected' : 'Not connected'}
      </span>
      {peer.refused && <span className="peer-refused">Refused: {peer.refused}</span>}
      {peer.disagrees === true && (
        <span className="peer-refused" data-testid="peer-disagrees">
          <span aria-hidden="true">⚠ </span>Holds the same edits but a different picture
        </span>
      )}
    </>
  );
}

function lagText(peer: Peer): string {
  if (!peer.connected) return '—';
  if (peer.lagOps === 0) return 'Up to date';
  return `${peer.lagOps} ops · ${formatDuration(peer.lagMs ?? 0)}`;
}

/** Every console of the incident: who, where, connected or not, how far behind, when last heard, its clock, its refused edits. */
export function PeerTable({ peers }: { peers: Peer[] }) {
  // Re-rendered by the peers poll every few seconds; the minute clock only keeps "ago" honest between polls.
  const now = Math.max(useMinuteClock(), Date.now());
  const mayRevoke = useConsole(selectMay('revokeDevices'));
  const [revoking, setRevoking] = useState<Peer | null>(null);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table peer-table" data-testid="peer-table">
          <caption className="visually-hidden">Consoles of this incident</caption>
          <thead>
            <tr>
              <th scope="col">Console</th>
              <th scope="col">Address</th>
              <th scope="col">Connection</th>
              <th scope="col">Lag (it lacks)</th>
              <th scope="col">Behind (we lack)</th>
              <th scope="col">Last seen</th>
              <th scope="col">Clock offset</th>
              <th scope="col">Refused edits</th>
              {mayRevoke && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {peers.map((peer) => (
              <tr key={peer.deviceId} data-testid="peer" data-connected={peer.connected} className={peer.revoked ? 'peer-row-revoked' : undefined}>
                <th scope="row">
                  {peer.name}
                  {/* A console with no operator yet is named by its id already; a named one shows it too, to tell two apart. */}
                  {!peer.name.includes(shortDevice(peer.deviceId)) && <span className="mono muted peer-id">{shortDevice(peer.deviceId)}</span>}
                </th>
                <td className="mono">{peer.address ?? '—'}</td>
                <td>
                  <ConnectionCell peer={peer} />
                </td>
                <td>{peer.self ? '—' : lagText(peer)}</td>
                <td>{peer.connected ? peer.behindOps : '—'}</td>
                <td>{peer.self ? '—' : formatLastSeen(peer.lastSeen, now)}</td>
                <td className={peer.clockOffsetMs !== null && Math.abs(peer.clockOffsetMs) > 60_000 ? 'peer-drift' : undefined}>
                  {peer.self ? '—' : formatOffset(peer.clockOffsetMs)}
                </td>
                <td>
                  <RefusedEditsCell peer={peer} />
                </td>
                {mayRevoke && (
                  <td>
                    {!peer.self && !peer.revoked && (
                      <button type="button" className="quiet small" onClick={() => setRevoking(peer)} aria-label={`Revoke ${peerLabel(peer)}`}>
                        Revoke
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!mayRevoke && <p className="muted">Only the incident commander can revoke a console.</p>}
      <RevokeDialog peer={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
