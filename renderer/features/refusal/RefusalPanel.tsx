import { FormError } from '../../components/Field';
import { formatTime } from '../../components/format';
import { asSentence, editKey } from './refusal-format';
import { useRefusedEdits } from './use-refused-edits';
import '../../components/lists.css';
import './refusal.css';

/** The newest few are enough here: the panel says whether anything was refused and points to the full view. */
const shown = 3;

/** The command centre's view of refused edits: how many, and the newest with who made them and why. */
export function RefusalPanel() {
  const { data, error } = useRefusedEdits(0, shown);
  if (error) return <FormError message={error} />;
  if (!data) return <p className="muted">Loading…</p>;
  if (data.total === 0) return <p className="muted">Nothing refused: every edit that reached this console took effect.</p>;
  return (
    <div data-testid="refusal-panel">
      <dl className="counts">
        <div>
          <dt>Refused edits</dt>
          <dd data-testid="refused-count">{data.total}</dd>
        </div>
      </dl>
      <ul className="plain-list refusal-panel-list">
        {data.entries.map((edit) => (
          <li key={editKey(edit)}>
            <time dateTime={edit.at}>{formatTime(edit.at)}</time> <strong>{edit.authorName}</strong>: {edit.summary}
            <span className="muted refusal-panel-reason">
              {edit.reapplied ? `Re-entered by ${edit.reapplied.byName}.` : asSentence(edit.reason)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
