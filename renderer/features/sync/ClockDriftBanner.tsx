import { usePeers } from './use-peers';
import './peers.css';

/** Last seen and lag in time move without any event: the peers are read again this often while an incident is open. */
const PEERS_POLL_MS = 4_000;

/**
 * Shown on every view of the incident while a connected console's clock drifts: past five minutes that console's
 * edits are refused everywhere, so the room must hear about it before, not after.
 */
export function ClockDriftBanner() {
  const warning = usePeers({ refetchInterval: PEERS_POLL_MS }).peers?.clockWarning;
  if (!warning) return null;
  return (
    <div className="alert drift-banner" role="alert" data-testid="clock-drift">
      <p>
        <span aria-hidden="true">⚠ </span>
        Clock drift: {warning}
      </p>
    </div>
  );
}
