import type { Peer } from '../../../shared/domain/sync';
import { peerLabel } from './peer-format';

export const disagreeing = (peers: readonly Peer[]): Peer[] => peers.filter((p) => !p.self && p.disagrees === true);

/**
 * Two consoles holding the same edits should hold the same picture. When one does not, nothing either shows can be
 * taken on trust until someone finds out why, so this stands above the table rather than in a cell.
 */
export function DisagreementAlert({ peers }: { peers: readonly Peer[] }) {
  const others = disagreeing(peers);
  if (others.length === 0) return null;
  return (
    <div className="alert disagreement" role="alert" data-testid="disagreement">
      <p>
        <span aria-hidden="true">⚠ </span>
        {others.map(peerLabel).join(', ')} {others.length === 1 ? 'holds' : 'hold'} the same edits as this console but a different
        picture: the two judge those edits differently (a fault, or a console running another version). Check what each
        shows before acting on it, compare their Refused edits, and report it.
      </p>
    </div>
  );
}
