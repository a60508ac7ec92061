import type { ReactNode } from 'react';
import type { PeersView } from '../../../shared/domain/sync';
import { shortDevice } from './peer-format';

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });

interface Row {
  key: string;
  /** The first cell heads its row. */
  cells: [ReactNode, ...ReactNode[]];
}

function ListTable({ caption, testId, columns, rows, empty }: { caption: string; testId: string; columns: string[]; rows: Row[]; empty: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table membership-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="muted">
                {empty}
              </td>
            </tr>
          )}
          {rows.map(({ key, cells: [head, ...rest] }) => (
            <tr key={key}>
              <th scope="row">{head}</th>
              {rest.map((cell, i) => (
                <td key={columns[i + 1]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const device = (id: string) => <span className="mono">{shortDevice(id)}</span>;

/** Who came in by which invitation, the invitations still open, and who was revoked: each as a short table. */
export function MembershipLists({ view }: { view: PeersView }) {
  return (
    <section aria-labelledby="membership-title" className="peers-section" data-testid="membership">
      <h3 id="membership-title">Invitations and revocations</h3>
      <ListTable
        caption="Admitted consoles"
        testId="admitted-devices"
        columns={['Console', 'Invited as', 'Invited by', 'Admitted']}
        rows={view.admitted.map((a) => ({ key: a.deviceId, cells: [device(a.deviceId), a.label, a.invitedBy, when(a.admittedAt)] }))}
        empty="None yet."
      />
      <ListTable
        caption="Open invitations"
        testId="open-invitations"
        columns={['For', 'Invited by', 'Expires']}
        rows={view.invitations.map((i) => ({ key: i.id, cells: [i.label, i.invitedBy, when(i.expiresAt)] }))}
        empty="None open."
      />
      <ListTable
        caption="Revoked consoles"
        testId="revocations"
        columns={['Console', 'Revoked by', 'Reason', 'When']}
        rows={view.revocations.map((r) => ({ key: `${r.deviceId}/${r.revokedAt}`, cells: [device(r.deviceId), r.revokedBy, r.reason || '—', when(r.revokedAt)] }))}
        empty="None."
      />
    </section>
  );
}
