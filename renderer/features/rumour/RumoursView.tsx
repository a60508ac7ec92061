import { useState } from 'react';
import { rumourSortKeys, rumourStatuses, type RumourStatus } from '../../../shared/domain/rumour';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChoiceField, Field } from '../../components/Field';
import { MayNot, useMay } from '../roster/use-may';
import { reachLabel, RumourStatusBadge, statusLabels } from './labels';
import { RumourDetail } from './RumourDetail';
import { RumourForm } from './RumourForm';
import { RumoursPerDayChart } from './RumourCharts';
import '../../components/lists.css';
import './rumours.css';

type Sort = (typeof rumourSortKeys)[number];
const sortLabels: Record<Sort, string> = { reach: 'Reach, widest first', firstSeen: 'First seen, earliest first', status: 'Status, unverified first' };
const shows = ['all', ...rumourStatuses] as const;
type Show = (typeof shows)[number];

/** The rumour register: every claim with its verdict, widest reach first, and the one open beside the list. */
export function RumoursView() {
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<Sort>('reach');
  const [text, setText] = useState('');
  const statuses: RumourStatus[] | undefined = show === 'all' ? undefined : [show];
  const list = useConcordQuery('rumour:list', useIncidentInput({ sort, limit: 500, text: text.trim() || undefined, statuses }));
  const [selected, setSelected] = useState<string | null>(null);
  const rumours = list.data?.rumours ?? [];
  const shown = selected ?? rumours[0]?.id ?? null;
  const may = useMay('manageRumours');
  return (
    <>
      <h2 className="view-title">Rumours</h2>
      <RumoursPerDayChart />
      <div className="split-view">
        <div>
          <div className="list-tools" role="search" aria-label="Filter rumours">
            <ChoiceField label="Show" value={show} options={shows} describe={(s) => (s === 'all' ? 'All claims' : statusLabels[s])} onChange={setShow} />
            <ChoiceField label="Sort by" value={sort} options={rumourSortKeys} describe={(s) => sortLabels[s]} onChange={setSort} />
            <Field label="Search">{(c) => <input {...c} type="search" value={text} onChange={(e) => setText(e.target.value)} />}</Field>
          </div>
          <p className="muted" aria-live="polite">
            {list.data ? `${list.data.total} ${list.data.total === 1 ? 'claim' : 'claims'}` : 'Loading…'}
          </p>
          <ul className="rumour-list" aria-label="Rumours">
            {rumours.map((r) => (
              <li key={r.id}>
                <button type="button" className="rumour-button" aria-current={r.id === shown ? 'true' : undefined} onClick={() => setSelected(r.id)}>
                  <span className="rumour-claim">{r.claim}</span>
                  <span className="rumour-line">
                    <RumourStatusBadge status={r.status} /> <span className="muted">{reachLabel(r.reach)}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {may.allowed ? <RumourForm onCreated={setSelected} /> : <MayNot may={may} />}
        </div>
        {shown ? <RumourDetail rumourId={shown} /> : <p className="empty">No rumour recorded yet.</p>}
      </div>
    </>
  );
}
