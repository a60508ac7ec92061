import type { PeersView } from '../../../shared/domain/sync';
import { shortDevice } from './peer-format';

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });

/** Who came in by which invitation, the invitations still open, and who was revoked: each as a short table. */
export function MembershipLists({ view }: { view: PeersView }) {
  return (
    <section aria-labelledby="membership-title" className="peers-section" data-testid="membership">
      <h3 id="membership-title">Invitations and revocations</h3>
      <div className="table-scroll">
        <table className="data-table membership-table" data-testid="admitted-devices">
          <caption>Admitted consoles</caption>
          <thead>
            <tr>
              <th scope="col">Console</th>
              <th scope="col">Invited as</th>
              <th scope="col">Invited by</th>
              <th scope="col">Admitted</th>
            </tr>
          </thead>
          <tbody>
            {view.admitted.length === 0 && <EmptyRow columns={4} text="None yet." />}
            {view.admitted.map((a) => (
              <tr key={a.deviceId}>
                <th scope="row" className="mono">
                  {shortDevice(a.deviceId)}
                </th>
                <td>{a.label}</td>
                <td>{a.invitedBy}</td>
                <td>{when(a.admittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="data-table membership-table" data-testid="open-invitations">
          <caption>Open invitations</caption>
          <thead>
            <tr>
              <th scope="col">For</th>
              <th scope="col">Invited by</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {view.invitations.length === 0 && <EmptyRow columns={3} text="None open." />}
            {view.invitations.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.label}</th>
                <td>{i.invitedBy}</td>
                <td>{when(i.expiresAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="data-table membership-table" data-testid="revocations">
          <caption>Revoked consoles</caption>
          <thead>
            <tr>
              <th scope="col">Console</th>
              <th scope="col">Revoked by</th>
              <th scope="col">Reason</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {view.revocations.length === 0 && <EmptyRow columns={4} text="None." />}
            {view.revocations.map((r) => (
              <tr key={`${r.deviceId}/${r.revokedAt}`}>
                <th scope="row" className="mono">
                  {shortDevice(r.deviceId)}
                </th>
                <td>{r.revokedBy}</td>
                <td>{r.reason || '—'}</td>
                <td>{when(r.revokedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function EmptyRow({ columns, text }: { columns: number; text: string }) {
  return (
    <tr>
      <td colSpan={columns} className="muted">
        {text}
      </td>
    </tr>
  );
}
