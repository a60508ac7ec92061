import type { AfterAction } from '../../../shared/domain/review';
import { capitalise } from '../../components/format';
import { Minutes, Section, Table, plural } from './parts';
import { When } from '../../components/When';

/** Refused edits by kind and by author, and the list, oldest first. */
export function ReviewRefusals({ refusals }: { refusals: AfterAction['refusals'] }) {
  return (
    <Section id="refusals" title="Refused edits">
      <p>
        {plural(refusals.total, 'refused edit')}
        {refusals.total > 0 && `: ${refusals.byKind.map((k) => `${k.count} ${k.kind}`).join(', ')}`}.
      </p>
      <Table
        caption="By author"
        columns={['Author', 'Refused edits']}
        rows={refusals.byAuthor.map((a) => ({ key: a.author, cells: [a.authorName, a.count] }))}
        empty="Nobody’s edit was refused."
      />
      {refusals.total > 0 && (
        <Table
          caption="Every refused edit, oldest first"
          columns={['When', 'Author', 'Edit', 'Kind', 'Reason', 'Re-entered']}
          rows={refusals.items.map((r) => ({
            key: `${r.deviceId}/${r.seq}`,
            cells: [<When key="at" iso={r.at} />, r.authorName, r.summary, capitalise(r.kind), r.reason, r.reapplied ? 'Yes' : 'No'],
          }))}
          empty=""
        />
      )}
    </Section>
  );
}

/** Playbook items done after they were due or still open past it, and promises not kept. */
export function ReviewFollowUp({ playbook, promises }: Pick<AfterAction, 'playbook' | 'promises'>) {
  return (
    <>
      <Section id="playbook" title="Playbook items done late or overdue">
        <Table
          caption="Done after they were due"
          columns={['Item', 'Due', 'Done', 'Late by']}
          rows={playbook.doneLate.map((i) => ({ key: i.id, cells: [i.text, <When key="due" iso={i.dueAt} />, i.doneAt ? <When key="done" iso={i.doneAt} /> : '—', <Minutes key="late" minutes={i.lateMinutes} />] }))}
          empty="No item was done late."
        />
        <Table
          caption="Still open past their due time"
          columns={['Item', 'Due', 'Overdue by']}
          rows={playbook.overdue.map((i) => ({ key: i.id, cells: [i.text, <When key="due" iso={i.dueAt} />, <Minutes key="late" minutes={i.lateMinutes} />] }))}
          empty="No item is overdue."
        />
      </Section>
      <Section id="promises" title="Promises not kept or overdue">
        <Table
          caption="Promises not kept or overdue, due first"
          columns={['Promise', 'Due', 'Owner', 'Outcome']}
          rows={promises.map((p) => ({ key: p.id, cells: [p.text, <When key="due" iso={p.dueAt} />, p.ownerName ?? '—', capitalise(p.outcome)] }))}
          empty="Every promise due was kept."
        />
      </Section>
    </>
  );
}
