import type { RequestStatus, ResourceRequest } from '../../../shared/domain/request';
import { formatDateTime, formatTime } from '../../components/format';

/** A time on the same day reads as its hour ("18:00"); another day's with its date. */
export function byWhen(iso: string): string {
  return new Date(iso).toDateString() === new Date().toDateString() ? formatTime(iso) : formatDateTime(iso);
}

/** "40 cots: Camp cots with blankets" */
export const orderLine = (r: Pick<ResourceRequest, 'quantity' | 'unit' | 'what'>): string => `${r.quantity} ${r.unit}: ${r.what}`;

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  return <span className={`status-tag request-${status}`}>{status}</span>;
}

/** The number, what is asked, by when, its status and whether it is late: one line of a list or the panel. */
export function RequestLine({ request }: { request: ResourceRequest }) {
  return (
    <span className="request-line">
      <strong>{request.number}</strong> <span>{orderLine(request)}</span>{' '}
      <span className="muted">
        by <time dateTime={request.neededBy}>{byWhen(request.neededBy)}</time>
      </span>{' '}
      <RequestStatusTag status={request.status} />
      {request.overdue && <span className="overdue-flag"> overdue</span>}
    </span>
  );
}
