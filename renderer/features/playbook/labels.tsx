import type { ItemState, PlaybookItem, PlaybookSummary } from '../../../shared/domain/playbook';
import { formatDateTime, formatElapsed, formatTime } from '../../components/format';

export const stateLabels: Record<ItemState, string> = { open: 'Open', done: 'Done', 'not applicable': 'Not applicable' };

/** When an item is due, and by how much it is late: in words, not only in colour. */
export function ItemDue({ item, now }: { item: PlaybookItem; now: number }) {
  if (item.overdue) {
    return (
      <span className="overdue-flag" data-testid="item-overdue">
        <span aria-hidden="true">⚠ </span>Overdue by {formatElapsed(item.dueAt, now)}
      </span>
    );
  }
  const sameDay = new Date(item.dueAt).toDateString() === new Date(now).toDateString();
  return <span className="muted">due {sameDay ? formatTime(item.dueAt) : formatDateTime(item.dueAt)}</span>;
}

/** The four counts a playbook is read by, overdue flagged. */
export function PlaybookCounts({ playbook }: { playbook: PlaybookSummary }) {
  const counts = [
    ['Open', playbook.open, false],
    ['Done', playbook.done, false],
    ['Not applicable', playbook.notApplicable, false],
    ['Overdue', playbook.overdue, playbook.overdue > 0],
  ] as const;
  return (
    <dl className="counts">
      {counts.map(([label, n, alert]) => (
        <div key={label} className={alert ? 'count-alert' : undefined}>
          <dt>{label}</dt>
          <dd data-testid={`playbook-${label.toLowerCase().replace(' ', '-')}`}>{n}</dd>
        </div>
      ))}
    </dl>
  );
}
