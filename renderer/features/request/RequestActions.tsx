import { useState, type SubmitEvent } from 'react';
import { needsReason, requestTransitions, transitionNeed, type RequestStatus, type ResourceRequest } from '../../../shared/domain/request';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { selectOperator } from '../../store/operator-slice';
import { MayNot, mayProps, useMay, type May } from '../roster/use-may';

type Step = Exclude<RequestStatus, 'requested'>;

const stepLabels: Record<Step, string> = {
  approved: 'Approve',
  refused: 'Refuse…',
  ordered: 'Mark ordered',
  arrived: 'Mark arrived',
  cancelled: 'Cancel request…',
};

/** A refusal or cancellation asks why before it is sent; the requester reads the reason. */
function ReasonForm({ request, to, onDone }: { request: ResourceRequest; to: Step; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const move = useConcordMutation('request:setStatus', { shownIn: 'form', onSuccess: onDone });
  const verb = to === 'refused' ? 'Refuse' : 'Cancel';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problem = reason.trim() ? null : `Say why you ${verb.toLowerCase()} ${request.number}.`;
    setInvalid(problem);
    if (!problem) void move.run({ id: request.id, status: to, reason }).then(() => undefined);
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-label={`${verb} ${request.number}`}>
      <Field label="Reason">{(c) => <textarea {...c} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}</Field>
      <FormError message={invalid ?? move.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={move.pending}>
          {verb} {request.number}
        </button>
        <button type="button" className="quiet" onClick={onDone}>
          Back
        </button>
      </div>
    </form>
  );
}

/**
 * The steps a request may take next, each enabled only for whoever may take it: approving and refusing are the
 * approvers'; ordering and taking delivery anyone's who requests; cancelling the requester's own, or an approver's.
 */
export function RequestActions({ request }: { request: ResourceRequest }) {
  const operator = useConsole(selectOperator);
  const mayRequest = useMay('requestResources');
  const mayApprove = useMay('approveResources');
  const [asking, setAsking] = useState<Step | null>(null);
  const move = useConcordMutation('request:setStatus');
  const next = requestTransitions[request.status].filter((s): s is Step => s !== 'requested');
  if (next.length === 0) return null;
  const mayFor = (to: Step): May => (transitionNeed(to, operator?.personId === request.requestedBy) === 'approveResources' ? mayApprove : mayRequest);
  const barred = next.map(mayFor).find((m) => !m.allowed);
  const noteId = `request-may-not-${request.id}`;
  if (asking) return <ReasonForm request={request} to={asking} onDone={() => setAsking(null)} />;
  return (
    <div className="request-actions">
      <div className="actions" role="group" aria-label={`Next steps for ${request.number}`}>
        {next.map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'approved' ? 'primary' : 'quiet'}
            {...mayProps(mayFor(to), noteId)}
            disabled={!mayFor(to).allowed || move.pending}
            onClick={() => (needsReason(to) ? setAsking(to) : void move.run({ id: request.id, status: to }).then(() => undefined))}
          >
            {stepLabels[to]}
          </button>
        ))}
      </div>
      {barred && <MayNot may={barred} id={noteId} />}
    </div>
  );
}
