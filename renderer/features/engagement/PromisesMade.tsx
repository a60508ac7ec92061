import { useState } from 'react';
import type { PromiseStatus } from '../../../shared/domain/promise';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { formatDateTime } from '../../components/format';
import { MayNot, mayProps, useMay } from '../roster/use-may';

/**
 * The open promises, due first, so the overdue ones lead and are flagged: "underdelivering will significantly harm
 * the trust that you have built up" (RAN, engaging with communities). Each is closed as kept or not kept.
 */
export function PromisesMade() {
  const { data } = useConcordQuery('promise:list', useIncidentInput({ statuses: ['open' as const], limit: 100 }));
  const update = useConcordMutation('promise:update');
  const may = useMay('engageCommunities');
  const controls = mayProps(may, 'promises-may-not');
  // A closed promise leaves the list: the status line says where it went.
  const [closed, setClosed] = useState('');
  const close = (id: string, text: string, status: PromiseStatus) =>
    void update.run({ id, changes: { status } }).then((done) => done && setClosed(`“${text}” marked ${status}.`));
  return (
    <section aria-labelledby="promises-title" data-testid="promises-made">
      <h3 id="promises-title">Promises made</h3>
      {data && (
        <p className={data.overdue > 0 ? 'flag' : 'muted'}>
          {data.open} open, {data.overdue} overdue
        </p>
      )}
      <p role="status" className="muted">
        {closed}
      </p>
      <MayNot may={may} id="promises-may-not" />
      {data?.promises.length === 0 && <p className="muted">No open promise.</p>}
      <ul className="plain-list">
        {data?.promises.map((p) => (
          <li key={p.id} className="promise-line" data-testid="promise">
            <div>
              <strong>{p.text}</strong>
              <div className={p.overdue ? 'flag' : 'muted'}>
                {p.overdue && <span>Overdue · </span>}
                Due {formatDateTime(p.dueAt)} · kept by {p.ownerName ?? 'nobody on the roster'}
                {p.needName && ` · ${p.needName}`}
                {p.madeTo && ` · made to ${p.madeTo}`}
              </div>
            </div>
            <div className="actions">
              <button type="button" {...controls} aria-label={`Mark kept: ${p.text}`} onClick={() => close(p.id, p.text, 'kept')}>
                Mark kept
              </button>
              <button type="button" {...controls} aria-label={`Mark not kept: ${p.text}`} onClick={() => close(p.id, p.text, 'not kept')}>
                Mark not kept
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
