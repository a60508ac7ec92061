import type { AfterAction, ReviewDecision } from '../../../shared/domain/review';
import { Section, Table, plural, type Row } from './parts';
import { When } from '../../components/When';

const COLUMNS = ['When', 'Decision', 'Taken by'] as const;
const row = (d: ReviewDecision): Row => ({ key: d.id, cells: [<When key="at" iso={d.at} />, d.what, d.decidedByName] });

/** Why a decision serves none of today's priorities: the reason given, or the priorities it served, since removed. */
const whyUnlinked = (d: AfterAction['decisions']['unlinked'][number]): string =>
  d.noPriorityReason ?? `Served ${d.priorityTitles.map((t) => `“${t}”`).join(', ')}, since removed`;

/** Each priority in the commander's order with the decisions taken for it; the decisions serving none apart. */
export function ReviewDecisions({ decisions }: { decisions: AfterAction['decisions'] }) {
  const served = decisions.priorities.filter((p) => p.decisions.length > 0).length;
  return (
    <Section id="decisions" title="Decisions against the priorities">
      <p>
        {plural(decisions.priorities.length, 'priority', 'priorities')}, {served} with at least one decision; {plural(decisions.unlinked.length, 'decision')} serving no
        priority.
      </p>
      {decisions.priorities.map((p) => (
        <div key={p.id} className="review-priority" data-testid="review-priority">
          <h4>
            {p.rank}. {p.title} <span className={`status-tag review-${p.visibility}`}>{p.visibility}</span>
          </h4>
          <Table caption={`Decisions serving “${p.title}”, oldest first`} columns={COLUMNS} rows={p.decisions.map(row)} empty="No decision recorded for this priority." />
        </div>
      ))}
      <h4>Decisions serving no priority</h4>
      <Table
        caption="Decisions serving no current priority, oldest first"
        columns={[...COLUMNS, 'Why']}
        rows={decisions.unlinked.map((d) => ({ key: d.id, cells: [...row(d).cells, whyUnlinked(d)] }))}
        empty="Every decision serves a priority."
      />
    </Section>
  );
}
