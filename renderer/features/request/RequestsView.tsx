import { useState } from 'react';
import { openRequestStatuses, requestStatuses, type RequestStatus } from '../../../shared/domain/request';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChoiceField } from '../../components/Field';
import { capitalise } from '../../components/format';
import { MayNot, useMay } from '../roster/use-may';
import { RequestLine } from './labels';
import { RequestActions } from './RequestActions';
import { RequestForm } from './RequestForm';
import { RequestPrint } from './RequestPrint';
import '../../components/lists.css';
import './requests.css';

const shows = ['open', 'all', ...requestStatuses] as const;
type Show = (typeof shows)[number];
const statusesOf = (show: Show): RequestStatus[] | undefined => (show === 'all' ? undefined : show === 'open' ? [...openRequestStatuses] : [show]);

/** Resource requests: the list (open ones by default, needed soonest first), the form, and the one picked as its 213RR. */
export function RequestsView() {
  const [show, setShow] = useState<Show>('open');
  const list = useConcordQuery('request:list', useIncidentInput({ statuses: statusesOf(show) }));
  const [selected, setSelected] = useState<string | null>(null);
  const requests = list.data?.requests ?? [];
  const shown = requests.find((r) => r.id === selected) ?? requests[0] ?? null;
  const may = useMay('requestResources');
  return (
    <>
      <h2 className="view-title">Resource requests</h2>
      <div className="split-view">
        <div>
          <div className="list-tools" role="search" aria-label="Filter requests">
            <ChoiceField label="Show" value={show} options={shows} describe={(s) => (s === 'all' ? 'All requests' : s === 'open' ? 'Open requests' : capitalise(s))} onChange={setShow} />
          </div>
          <p className="muted" aria-live="polite">
            {list.data ? `${list.data.open} open, ${list.data.overdue} overdue` : 'Loading…'}
          </p>
          <ul className="request-list" aria-label="Resource requests">
            {requests.map((r) => (
              <li key={r.id}>
                <button type="button" className="request-button" aria-current={r.id === shown?.id ? 'true' : undefined} onClick={() => setSelected(r.id)}>
                  <RequestLine request={r} />
                </button>
              </li>
            ))}
          </ul>
          {requests.length === 0 && <p className="empty">No request to show.</p>}
          {may.allowed ? <RequestForm onCreated={setSelected} /> : <MayNot may={may} />}
        </div>
        {shown ? (
          <div className="request-detail">
            <RequestActions request={shown} />
            <RequestPrint requestId={shown.id} />
          </div>
        ) : (
          <p className="empty">No resource request yet.</p>
        )}
      </div>
    </>
  );
}
