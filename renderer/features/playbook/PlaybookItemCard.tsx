import type { PlaybookItem } from '../../../shared/domain/playbook';
import { roleKindLabels } from '../../../shared/rules/permissions';
import { formatDateTime } from '../../components/format';
import type { May } from '../roster/use-may';
import { ItemActions } from './ItemActions';
import { ItemDue, stateLabels } from './labels';
import { LinkPicker } from './LinkPicker';

/** One item: what to do, where the guide says so, who owns it, when it is due, its state, and what fulfils it. */
export function PlaybookItemCard({ item, now, may, noteId }: { item: PlaybookItem; now: number; may: May; noteId: string }) {
  return (
    <li className={`playbook-item state-${item.state.replace(' ', '-')}${item.overdue ? ' overdue' : ''}`} data-testid="playbook-item">
      <div className="item-head">
        <span className={`item-state state-${item.state.replace(' ', '-')}`}>{stateLabels[item.state]}</span>
        <h5 className="item-text">{item.text}</h5>
      </div>
      <p className="item-meta">
        <span>{roleKindLabels[item.ownerRole]}</span> · {item.state === 'open' ? <ItemDue item={item} now={now} /> : <span className="muted">due {formatDateTime(item.dueAt)}</span>}
        {item.state === 'done' && item.doneAt && (
          <span className="muted">
            {' '}
            · done {formatDateTime(item.doneAt)}
            {item.doneByName ? ` by ${item.doneByName}` : ''}
          </span>
        )}
      </p>
      {item.guidance && <p className="item-guidance">{item.guidance}</p>}
      {item.stateNote && <p className="item-note">Note: {item.stateNote}</p>}
      <LinkPicker item={item} may={may} noteId={noteId} />
      <ItemActions item={item} may={may} noteId={noteId} />
    </li>
  );
}
