import { useConcordQuery, useIncidentInput } from '../../api/query';
import { FormError } from '../../components/Field';
import { ExerciseMark } from '../../components/print/ExerciseMark';
import { PrintButton } from '../../components/print/PrintButton';
import { ReviewDecisions } from './ReviewDecisions';
import { ReviewFollowUp, ReviewRefusals } from './ReviewFollowUp';
import { ReviewStatements, ReviewUpdates } from './ReviewStatements';
import { When } from '../../components/When';
import '../../components/lists.css';
import './review.css';

/**
 * The after-action report, print-ready: "whether identified objectives are being supported" (the guide's monitoring,
 * evaluation and learning) read from the records as of the newest op this console holds, so the room and the paper
 * read the same figures.
 */
export function AfterActionView() {
  const { data, error } = useConcordQuery('review:afterAction', useIncidentInput({}));
  return (
    <article className="review print-doc" aria-labelledby="review-title" data-testid="after-action">
      <ExerciseMark />
      <header className="review-head">
        <h2 id="review-title" className="view-title">
          After-action report
        </h2>
        {data && (
          <p>
            {data.incidentName}, started <When iso={data.startedAt} />. Read from the records as of <When iso={data.asOfTime} />, the newest change this console holds.
          </p>
        )}
        <PrintButton />
      </header>
      <FormError message={error} />
      {!data && !error && <p className="muted">Reading the records…</p>}
      {data && (
        <>
          <ReviewDecisions decisions={data.decisions} />
          <ReviewStatements statements={data.statements} />
          <ReviewUpdates updates={data.updates} />
          <ReviewRefusals refusals={data.refusals} />
          <ReviewFollowUp playbook={data.playbook} promises={data.promises} />
        </>
      )}
    </article>
  );
}
