import type { PlaybookItem } from '../../../shared/domain/playbook';
import { roleKindLabels } from '../../../shared/rules/permissions';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { useMinuteClock } from '../../components/use-now';
import { useConsole } from '../../store';
import { AdoptPlaybook } from './AdoptPlaybook';
import { ItemDue, PlaybookCounts } from './labels';
import '../../components/lists.css';
import './playbook.css';

const SHOWN = 5;

/**
 * The open items to act on next: the overdue first, and among them those no record is under way for (nobody is on
 * them), most overdue first; then the next due.
 */
const attention = (items: readonly PlaybookItem[]): PlaybookItem[] =>
  items
    .filter((i) => i.state === 'open')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(a.link !== null) - Number(b.link !== null) || a.dueAt.localeCompare(b.dueAt) || a.position - b.position)
    .slice(0, SHOWN);

function FirstPlaybook({ playbookId }: { playbookId: string }) {
  const { data } = useConcordQuery('playbook:items', { playbookId });
  const now = useMinuteClock();
  const setView = useConsole((s) => s.setView);
  if (!data) return <p className="muted">Loading…</p>;
  const next = attention(data.items);
  return (
    <>
      <PlaybookCounts playbook={data.playbook} />
      {next.length === 0 ? (
        <p className="muted">Every item is done or set aside.</p>
      ) : (
        <ul className="plain-list" aria-label="Playbook items to act on">
          {next.map((item) => (
            <li key={item.id} className="playbook-panel-line">
              <span className="item-text">{item.text}</span>
              <span className="muted">{roleKindLabels[item.ownerRole]}</span>
              <ItemDue item={item} now={now} />
              {item.linked && <span className="muted">under way: {item.linked.title}</span>}
            </li>
          ))}
        </ul>
      )}
      {data.playbook.open > next.length && (
        <button type="button" className="quiet small" onClick={() => setView('playbook')}>
          All {data.playbook.open} open items
        </button>
      )}
    </>
  );
}

/** The playbook's counts and what is overdue, or the button that adopts it. */
export function PlaybookPanel() {
  const { data } = useConcordQuery('playbook:list', useIncidentInput({}));
  const first = data?.playbooks[0];
  return (
    <div data-testid="playbook-panel">
      {!data ? <p className="muted">Loading…</p> : first ? <FirstPlaybook playbookId={first.id} /> : <AdoptPlaybook />}
    </div>
  );
}
