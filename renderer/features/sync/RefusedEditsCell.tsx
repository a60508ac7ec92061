import type { Peer } from '../../../shared/domain/sync';
import { formatDateTime } from '../../components/format';
import { useConsole } from '../../store';
import { refusedEditsViewId } from '../refusal/view-id';
import { peerLabel } from './peer-format';

/** How many of a console's edits the judge refused and when the newest was made, with the way to the full list. */
export function RefusedEditsCell({ peer }: { peer: Peer }) {
  const setView = useConsole((s) => s.setView);
  if (peer.refusedEdits === 0) return <span className="muted">None</span>;
  return (
    <div className="peer-refused-edits" data-testid="peer-refused-edits">
      <span className="peer-refused-count">{peer.refusedEdits} refused</span>
      {peer.lastRefusedAt && (
        <span className="peer-sub">
          newest <time dateTime={peer.lastRefusedAt}>{formatDateTime(peer.lastRefusedAt)}</time>
        </span>
      )}
      <button type="button" className="quiet small" onClick={() => setView(refusedEditsViewId)} aria-label={`Review the refused edits of ${peerLabel(peer)}`}>
        Review
      </button>
    </div>
  );
}
