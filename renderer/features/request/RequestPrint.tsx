import type { ResourceRequestDetail } from '../../../shared/domain/request';
import { useConcordQuery } from '../../api/query';
import { capitalise } from '../../components/format';
import { ExerciseMark } from '../../components/print/ExerciseMark';
import { TableHead } from '../../components/TableHead';
import { PrintButton } from '../../components/print/PrintButton';
import { When } from '../../components/When';
// The 213RR is laid out as the situation report is: one look for every document the EOC prints.
import '../sitrep/sitrep.css';
import './requests.css';

/** The decision on the request, if taken: who approved or refused it and when; otherwise blank lines to sign on paper. */
function ApprovalBox({ request }: { request: ResourceRequestDetail }) {
  const decision = request.history.find((s) => s.status === 'approved' || s.status === 'refused');
  return (
    <section className="sitrep-section" aria-labelledby="rr-approval-title">
      <h3 id="rr-approval-title">Approval</h3>
      {decision ? (
        <p data-testid="rr-decision">
          {decision.status === 'approved' ? 'Approved' : 'Refused'} by {decision.statusByName ?? decision.statusBy} on <When iso={decision.statusAt} />
          {decision.statusReason && `: ${decision.statusReason}`}
        </p>
      ) : (
        <p>Awaiting approval.</p>
      )}
      <dl className="sitrep-facts rr-sign">
        <dt>Approver’s signature</dt>
        <dd />
        <dt>Date and time</dt>
        <dd />
      </dl>
    </section>
  );
}

/**
 * One request as ICS 213RR prints it. Every figure and name is the record's (request:get), never typed again: the
 * order sheet, the priority served, the requester's position when they asked, each step with who and when.
 */
export function RequestPrint({ requestId }: { requestId: string }) {
  const { data: r } = useConcordQuery('request:get', { id: requestId });
  if (!r) return <p className="muted">Loading the request…</p>;
  return (
    <article className="sitrep print-doc" aria-labelledby="rr-title" data-testid="rr-print">
      <ExerciseMark />
      <header className="sitrep-head">
        <h2 id="rr-title">Resource request (ICS 213RR) {r.number}</h2>
        <PrintButton />
      </header>
      <dl className="sitrep-facts">
        <dt>Incident name</dt>
        <dd>{r.incidentName}</dd>
        <dt>Request number</dt>
        <dd data-testid="rr-number">{r.number}</dd>
        <dt>Date and time</dt>
        <dd>
          <When iso={r.createdAt} />
        </dd>
        <dt>Requested by</dt>
        <dd>
          {r.requesterName ?? r.requestedBy}
          {r.requesterPosition && `, ${r.requesterPosition}`}
        </dd>
        <dt>Priority served</dt>
        <dd>{r.priorityTitle ?? 'a priority since removed'}</dd>
        <dt>Status</dt>
        <dd data-testid="rr-status">
          {capitalise(r.status)}
          {r.overdue && ' (overdue)'}
        </dd>
      </dl>
      <section className="sitrep-section" aria-labelledby="rr-order-title">
        <h3 id="rr-order-title">Order</h3>
        <table className="data-table">
          <TableHead columns={['Quantity', 'Unit', 'Item', 'Needed by', 'Deliver to']} />
          <tbody>
            <tr data-testid="rr-order-row">
              <td>{r.quantity}</td>
              <td>{r.unit}</td>
              <td>{r.what}</td>
              <td>
                <When iso={r.neededBy} />
              </td>
              <td>{r.deliverTo}</td>
            </tr>
          </tbody>
        </table>
        {r.note && <p className="sitrep-note">{r.note}</p>}
      </section>
      <section className="sitrep-section" aria-labelledby="rr-history-title">
        <h3 id="rr-history-title">Status history</h3>
        <table className="data-table">
          <TableHead columns={['Status', 'By', 'When', 'Reason']} />
          <tbody>
            {r.history.map((s) => (
              <tr key={`${s.status}-${s.statusAt}`}>
                <td>{capitalise(s.status)}</td>
                <td>{s.statusByName ?? s.statusBy}</td>
                <td>
                  <When iso={s.statusAt} />
                </td>
                <td>{s.statusReason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ApprovalBox request={r} />
    </article>
  );
}
