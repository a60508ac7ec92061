import { useState } from 'react';
import { actorStatuses, type Actor, type ActorStatus } from '../../../shared/domain/actor';
import { useConcordMutation } from '../../api/mutation';
import { useConcordPages } from '../../api/pages';
import { useIncidentInput } from '../../api/query';
import { Field } from '../../components/Field';
import { capitalise } from '../../components/format';
import { VirtualRows } from '../../components/VirtualRows';
import { MayNot, mayProps, useMay } from '../roster/use-may';
import { ActorForm } from './ActorForm';
import { ActorLine } from './ActorLine';
import './actors.css';

type Filter = { text: string; status: ActorStatus | ''; staleOnly: boolean; sort: 'name' | 'lastCheckIn' | 'status' | 'kind' };

/** Describes every row's disabled controls when the operator may not manage actors. */
const mayNotNote = 'actors-may-not';

function ActorRow({ actor }: { actor: Actor | undefined }) {
  const checkIn = useConcordMutation('actor:checkIn');
  const update = useConcordMutation('actor:update');
  const may = mayProps(useMay('manageActors'), mayNotNote);
  if (!actor) return <div className="actor-row muted">Loading…</div>;
  const setStatus = (status: ActorStatus) => void update.run({ id: actor.id, changes: { status } });
  return (
    <div className={actor.stale ? 'actor-row stale' : 'actor-row'} data-testid="actor-row">
      <div className="actor-main">
        <ActorLine actor={actor} />
        <span className="muted actor-detail">
          {capitalise(actor.kind)}
          {actor.role && ` · ${actor.role}`}
          {actor.location && ` · ${actor.location}`}
          {actor.contact && ` · ${actor.contact}`}
        </span>
      </div>
      <label className="visually-hidden" htmlFor={`status-${actor.id}`}>
        Status of {actor.name}
      </label>
      <select id={`status-${actor.id}`} {...may} value={actor.status} onChange={(e) => setStatus(e.target.value as ActorStatus)}>
        {actorStatuses.map((s) => (
          <option key={s} value={s}>
            {capitalise(s)}
          </option>
        ))}
      </select>
      <button type="button" className="small" {...may} disabled={may.disabled || checkIn.pending} onClick={() => void checkIn.run({ id: actor.id })} aria-label={`Check in ${actor.name}`}>
        Check in
      </button>
    </div>
  );
}

export function ActorsView() {
  const [filter, setFilter] = useState<Filter>({ text: '', status: '', staleOnly: false, sort: 'lastCheckIn' });
  const input = useIncidentInput({
    sort: filter.sort,
    text: filter.text || undefined,
    statuses: filter.status ? [filter.status] : undefined,
    staleOnly: filter.staleOnly || undefined,
  });
  const list = useConcordPages('actor:list', input, (page) => page.actors);
  const key = JSON.stringify(filter);
  const mayManage = useMay('manageActors');
  return (
    <>
      <h2 className="view-title">Actors on the ground</h2>
      <div className="split-view">
        {mayManage.allowed ? <ActorForm /> : <MayNot may={mayManage} id={mayNotNote} />}
        <div>
          <div className="list-tools">
            <Field label="Search actors">{(c) => <input {...c} type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />}</Field>
            <Field label="Status">
              {(c) => (
                <select {...c} value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as ActorStatus | '' })}>
                  <option value="">Any status</option>
                  {actorStatuses.map((s) => (
                    <option key={s} value={s}>
                      {capitalise(s)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Sort by">
              {(c) => (
                <select {...c} value={filter.sort} onChange={(e) => setFilter({ ...filter, sort: e.target.value as Filter['sort'] })}>
                  <option value="lastCheckIn">Longest silent first</option>
                  <option value="name">Name</option>
                  <option value="status">Status</option>
                  <option value="kind">Kind</option>
                </select>
              )}
            </Field>
            <label className="check">
              <input type="checkbox" checked={filter.staleOnly} onChange={(e) => setFilter({ ...filter, staleOnly: e.target.checked })} /> Stale only
            </label>
          </div>
          <p className="muted" role="status">
            {list.total === null ? 'Loading…' : `${list.total} ${list.total === 1 ? 'actor' : 'actors'}`}
          </p>
          <VirtualRows
            count={list.total ?? 0}
            rowHeight={76}
            height="calc(100vh - 22rem)"
            label="Actors on the ground"
            onRange={list.ensure}
            renderRow={(i) => <ActorRow actor={list.item(i)} />}
            testId="actors-list"
            scrollKey={key}
          />
        </div>
      </div>
    </>
  );
}
