import { useConcordQuery } from '../../api/query';
import { isCatchingUp } from '../../store/connection-slice';
import { CatchUpBar } from './CatchUpBar';
import { DisagreementAlert } from './DisagreementAlert';
import { InvitePanel } from './InvitePanel';
import { ManualPeerForm } from './ManualPeerForm';
import { MembershipLists } from './MembershipLists';
import { PeerTable } from './PeerTable';
import { usePeers } from './use-peers';
import '../../components/lists.css';
import './peers.css';

/** Every console of the incident with its link, lag and clock; who was invited, admitted or revoked; inviting a console and reaching one by address. */
export function PeersView() {
  const { peers, error } = usePeers();
  const { data: status, reload: loadStatus } = useConcordQuery('sync:status', {});
  return (
    <>
      <h2 className="view-title">Consoles</h2>
      <p className="muted" data-testid="authorship-proof">
        A console syncs only once someone allowed to invite devices let it in, and until it is revoked. Every change also carries the signature of the person
        who made it, with the key their PIN opens: a change in someone’s name without their signature, from any console, is refused everywhere and listed
        under Refused edits.
      </p>
      {error && <p className="form-error">{error}</p>}
      {peers && isCatchingUp(peers.catchUp) && <CatchUpBar {...peers.catchUp} />}
      <section aria-labelledby="peers-title" className="peers-section">
        <h3 id="peers-title">Consoles of this incident</h3>
        {peers && <DisagreementAlert peers={peers.peers} />}
        {peers ? <PeerTable peers={peers.peers} /> : !error && <p className="muted">Loading…</p>}
      </section>
      {peers && <MembershipLists view={peers} />}
      <div className="peers-tools">
        <InvitePanel address={status?.advertised ?? null} />
        <ManualPeerForm known={status?.manualPeers ?? []} onAdded={loadStatus} />
      </div>
    </>
  );
}
