import { useRef, type ReactNode } from 'react';
import type { RefusedEdit } from '../../../shared/domain/refusal';
import { useConcordMutation } from '../../api/mutation';
import { FormError } from '../../components/Field';
import { capitalise } from '../../components/format';
import { When } from '../../components/When';
import { useConsole } from '../../store';
import { selectOperator } from '../../store/operator-slice';
import { asSentence } from './refusal-format';

interface RowProps {
  edit: RefusedEdit;
  /** Where the edit came from, as the Consoles view names it. */
  from: string;
  onReentered: (edit: RefusedEdit) => void;
}

/** Why a row offers no "Apply as mine", or null when it does. */
function stateOf(edit: RefusedEdit, signedIn: boolean): ReactNode {
  if (edit.reapplied) {
    return (
      <p className="refusal-reentered">
        <span className="refusal-check" aria-hidden="true">
          ✓{' '}
        </span>
        Re-entered by <strong>{edit.reapplied.byName}</strong> at <When iso={edit.reapplied.at} />
      </p>
    );
  }
  if (!edit.reapplicable) return <p className="muted">This record names its author: enter it again from its own screen.</p>;
  if (!signedIn) return <p className="muted">Sign in to apply it as yours.</p>;
  return null;
}

/**
 * What can be done about one refused edit. The button is offered to anyone signed in, whatever their role: the judge
 * decides, and its refusal (with the reason) is shown here rather than guessed at by the screen.
 */
function Reentry({ edit, onReentered }: Omit<RowProps, 'from'>) {
  const operator = useConsole(selectOperator);
  // The button goes once the edit is re-entered: focus stays in this cell instead of falling back to the page top.
  const cell = useRef<HTMLDivElement>(null);
  const reapply = useConcordMutation('refusal:reapply', {
    shownIn: 'form',
    onSuccess: (reentered) => {
      cell.current?.focus();
      onReentered(reentered);
    },
  });
  const busy = reapply.pending;
  const failure = reapply.error === null ? null : `Not re-entered: ${asSentence(reapply.error)}`;

  return (
    <div ref={cell} tabIndex={-1} className="refusal-reentry">
      {stateOf(edit, operator !== null) ?? (
        <>
          <button type="button" className="small" disabled={busy} onClick={() => void reapply.run({ incidentId: edit.incidentId, deviceId: edit.deviceId, seq: edit.seq })} aria-label={`Apply as mine: ${edit.summary}`}>
            {busy ? 'Applying…' : 'Apply as mine'}
          </button>
          <FormError message={failure} />
        </>
      )}
    </div>
  );
}

/** One refused edit: what, who, from which console, when, why, and whether someone re-entered it. */
export function RefusedEditRow({ edit, from, onReentered }: RowProps) {
  return (
    <tr data-testid="refused-edit" data-reapplied={edit.reapplied !== null}>
      <th scope="row">{edit.summary}</th>
      <td>{edit.authorName}</td>
      <td title={`Console ${edit.deviceId}`}>{from}</td>
      <td className="refusal-when">
        <When iso={edit.at} />
      </td>
      <td className="refusal-reason">
        <span className="refusal-kind" data-testid="refusal-kind">
          {capitalise(edit.kind)}
        </span>
        {asSentence(edit.reason)}
      </td>
      <td>
        <Reentry edit={edit} onReentered={onReentered} />
      </td>
    </tr>
  );
}
