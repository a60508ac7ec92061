import { useConcordQuery, useIncidentInput } from '../../api/query';
import '../../components/lists.css';
import './support.css';

/** Counts and flags only, whoever is signed in: the command view never shows a family's details. */
export function SupportPanel() {
  const { data } = useConcordQuery('support:summary', useIncidentInput({}));
  if (!data) return <p className="muted">Loading…</p>;
  const { flags } = data;
  const needsOpen = Object.values(data.needs).reduce((n, s) => n + s.identified + s['in progress'], 0);
  return (
    <div data-testid="support-panel">
      <dl className="counts">
        <div>
          <dt>Households</dt>
          <dd>{data.households}</dd>
        </div>
        <div>
          <dt>Injured</dt>
          <dd>{data.byKind.injured}</dd>
        </div>
        <div>
          <dt>Bereaved</dt>
          <dd>{data.byKind['bereaved family'] + data.byKind.victim}</dd>
        </div>
        <div>
          <dt>Open needs</dt>
          <dd>{needsOpen}</dd>
        </div>
      </dl>
      {data.households === 0 ? (
        <p className="muted">No family or survivor recorded yet. Families first: who was hurt, and who is looking after them?</p>
      ) : (
        <ul className="plain-list support-flags" aria-label="Families and survivors needing attention">
          <Flag count={flags.withoutLiaison} testId="flag-no-liaison" text="Households without a liaison" />
          <Flag count={flags.needsOverdue} testId="flag-needs-overdue" text="Needs overdue" />
          <Flag count={flags.contactOverdue} testId="flag-contact-overdue" text={`Not contacted for ${data.contactIntervalHours} h`} />
          <Flag count={flags.waitingReaders} testId="flag-waiting" text="Households with a reader waiting for access" />
          <Flag count={flags.formerReaders} testId="flag-former" text="Households whose key a former reader still holds" />
        </ul>
      )}
    </div>
  );
}

function Flag({ count, text, testId }: { count: number; text: string; testId: string }) {
  return (
    <li data-testid={testId} className={count > 0 ? 'overdue-flag' : 'muted'}>
      {text}: {count}
    </li>
  );
}
