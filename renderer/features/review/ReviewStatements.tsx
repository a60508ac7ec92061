import type { AfterAction, DurationFigures, PublishedTimes } from '../../../shared/domain/review';
import { capitalise } from '../../components/format';
import { Minutes, Section, Table, formatMinutes, plural } from './parts';
import { When } from '../../components/When';

/** "Approval took 12 min (median), longest 41 min: ‘Update 3’ (ar)." */
function figuresSentence(what: string, figures: DurationFigures | null, none: string): string {
  if (!figures) return none;
  const { longest } = figures;
  const language = longest.language ? ` (${longest.language})` : '';
  return `${what} ${formatMinutes(figures.medianMinutes)} (median of ${figures.count}), longest ${formatMinutes(longest.minutes)}: “${longest.title}”${language}.`;
}

const approvalCell = (s: PublishedTimes): string =>
  s.approvals.length === 0
    ? '—'
    : s.approvals.map((a) => `${a.language}: ${a.minutes === null ? 'approved without a request for review' : formatMinutes(a.minutes)} (${a.approverName})`).join('; ');

/** Turnaround and approval times of the published statements, and those still waiting. */
export function ReviewStatements({ statements }: { statements: AfterAction['statements'] }) {
  return (
    <Section id="statements" title="Statements">
      <p data-testid="review-turnaround">{figuresSentence('From first draft to publication took', statements.turnaround, 'No statement published yet.')}</p>
      <p data-testid="review-approval">{figuresSentence('Approval took', statements.approval, 'No approval timed yet: none followed a request for review.')}</p>
      <Table
        caption="Published statements, first published first"
        columns={['Statement', 'First draft', 'Published', 'Turnaround', 'Approval, per language']}
        rows={statements.published.map((s) => ({
          key: s.id,
          cells: [s.title, <When key="draft" iso={s.firstDraftAt} />, <When key="published" iso={s.publishedAt} />, <Minutes key="turnaround" minutes={s.turnaroundMinutes} />, approvalCell(s)],
        }))}
        empty="No statement was published."
      />
      <h4>Still unpublished ({statements.unpublished.length})</h4>
      <Table
        caption="Statements not published, oldest draft first"
        columns={['Statement', 'Status', 'First draft', 'Waiting']}
        rows={statements.unpublished.map((s) => ({ key: s.id, cells: [s.title, capitalise(s.status), <When key="draft" iso={s.firstDraftAt} />, <Minutes key="waiting" minutes={s.waitingMinutes} />] }))}
        empty="Every statement drafted was published or withdrawn."
      />
    </Section>
  );
}

/** Every gap between public updates that ran past the interval the previous one promised. */
export function ReviewUpdates({ updates }: { updates: AfterAction['updates'] }) {
  return (
    <Section id="updates" title="Overdue public updates">
      <p>
        {plural(updates.publications, 'publication')}; {plural(updates.late.length, 'update')} came later than promised or {updates.late.length === 1 ? 'is' : 'are'} still awaited.
      </p>
      <Table
        caption="Late updates, in the order they fell due"
        columns={['After', 'Published', 'Next promised within', 'Due', 'Next update', 'Late by']}
        rows={updates.late.map((u) => ({
          key: `${u.statementId}:${u.publishedAt}`,
          cells: [
            u.title,
            <When key="published" iso={u.publishedAt} />,
            <Minutes key="interval" minutes={u.intervalMinutes} />,
            <When key="due" iso={u.dueAt} />,
            u.nextPublishedAt ? <When key="next" iso={u.nextPublishedAt} /> : 'Not yet',
            <Minutes key="late" minutes={u.lateMinutes} />,
          ],
        }))}
        empty="Every update came within the interval the one before it promised."
      />
    </Section>
  );
}
