import { sitrepContentSchema } from '../../../shared/domain/sitrep';
import { useConcordQuery } from '../../api/query';
import { formatDateTime } from '../../components/format';
import { ExerciseMark } from '../../components/print/ExerciseMark';
import { PrintButton } from '../../components/print/PrintButton';
import { SitrepGround, SitrepOpening, SitrepWork } from './SitrepSections';
import './sitrep.css';

/**
 * A situation report as filed, print-friendly: its content is the signed text, parsed and laid out in sections in
 * the order an incoming shift lead reads them. Printing shows the report alone (see sitrep.css).
 */
export function SitrepView({ sitrepId }: { sitrepId: string }) {
  const { data } = useConcordQuery('sitrep:get', { id: sitrepId });
  if (!data) return <p className="muted">Loading the report…</p>;
  const parsed = sitrepContentSchema.safeParse(JSON.parse(data.content));
  if (!parsed.success) return <p className="form-error">This report was written by a newer console and cannot be shown here.</p>;
  const c = parsed.data;
  return (
    <article className="sitrep print-doc" aria-labelledby="sitrep-title" data-testid="sitrep">
      <ExerciseMark />
      <header className="sitrep-head">
        <h2 id="sitrep-title">
          Situation report: period {c.period.number}
        </h2>
        <p>
          {c.situation.name}. As of <time dateTime={c.asOfTime}>{formatDateTime(c.asOfTime)}</time>; period lead {c.period.leadName ?? 'not named'}, from{' '}
          <time dateTime={c.period.startedAt}>{formatDateTime(c.period.startedAt)}</time> to <time dateTime={c.period.plannedEndAt}>{formatDateTime(c.period.plannedEndAt)}</time> (planned).
        </p>
        <p className="muted sitrep-seal">
          Filed by {data.authorName ?? 'a console'}, signed in the op log. SHA-256 {data.hash}
        </p>
        <PrintButton fileName={`Situation report ${c.period.number}, ${c.situation.name}`} />
      </header>
      <SitrepOpening c={c} />
      <SitrepGround c={c} />
      <SitrepWork c={c} />
    </article>
  );
}
