import { useConsole } from '../../store';
import { selectClockWarning } from '../../store/sync-slice';
import { usePeers } from './use-peers';
import './peers.css';

/**
 * Shown on every view of the incident while a connected console's clock drifts: past five minutes that console's
 * edits are refused everywhere, so the room must hear about it before, not after.
 */
export function ClockDriftBanner() {
  usePeers();
  const warning = useConsole(selectClockWarning);
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
