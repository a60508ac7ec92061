import { isCatchingUp } from '../../store/connection-slice';
import { CatchUpBar } from './CatchUpBar';
import { disagreeing } from './DisagreementAlert';
import { formatDuration } from './peer-format';
import { usePeers } from './use-peers';
import '../../components/lists.css';
import './peers.css';

/** The command centre's view of the other consoles: how many are connected, the worst lag, any drifting clock or differing picture. */
export function PeersPanel() {
  const { peers, error } = usePeers();
  if (error) return <p className="form-error">{error}</p>;
  if (!peers) return <p className="muted">Loading…</p>;
  const others = peers.peers.filter((p) => !p.self && !p.revoked);
  const connected = others.filter((p) => p.connected);
  const worstOps = Math.max(0, ...connected.map((p) => p.lagOps));
  const worstMs = Math.max(0, ...connected.map((p) => p.lagMs ?? 0));
  const drifting = connected.filter((p) => p.clockOffsetMs !== null && Math.abs(p.clockOffsetMs) > 60_000).length;
  const differing = disagreeing(peers.peers).length;
  return (
    <div data-testid="peers-panel">
      <dl className="counts">
        <div className={others.length > 0 && connected.length === 0 ? 'count-alert' : undefined}>
          <dt>Connected</dt>
          <dd data-testid="connected-count">
            {connected.length} of {others.length}
          </dd>
        </div>
        <div>
          <dt>Worst lag</dt>
          <dd data-testid="worst-lag">{worstOps === 0 ? 'None' : `${worstOps} ops · ${formatDuration(worstMs)}`}</dd>
        </div>
        <div className={drifting > 0 ? 'count-alert' : undefined}>
          <dt>Clock drift</dt>
          <dd>{drifting === 0 ? 'None' : `${drifting} ${drifting === 1 ? 'console' : 'consoles'}`}</dd>
        </div>
        {differing > 0 && (
          <div className="count-alert" data-testid="differing-count">
            <dt>Different picture</dt>
            <dd>
              {differing} {differing === 1 ? 'console' : 'consoles'}
            </dd>
          </div>
        )}
      </dl>
      {isCatchingUp(peers.catchUp) && <CatchUpBar {...peers.catchUp} />}
      {others.length === 0 && <p className="muted">No other console has joined yet. Invite one from Consoles.</p>}
    </div>
  );
}
