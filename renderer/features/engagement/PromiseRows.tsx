import { Field } from '../../components/Field';
import { PickField } from '../roster/RosterForms';

export interface PromiseDraft {
  text: string;
  ownerId: string;
  due: string;
}

const blankPromise: PromiseDraft = { text: '', ownerId: '', due: '' };

/** What is still missing from a promise before it can be made: a promise without an owner or a due time is a wish. */
export const promiseGap = (p: PromiseDraft, n: number): string | null =>
  !p.text.trim() ? `Say what promise ${n} is.` : !p.ownerId ? `Name who keeps promise ${n}.` : !p.due ? `Give promise ${n} a due time.` : null;

interface PromiseRowsProps {
  promises: PromiseDraft[];
  people: { id: string; name: string }[];
  onChange: (promises: PromiseDraft[]) => void;
}

/** The promises made in an engagement, each with its owner on the roster and its due time. */
export function PromiseRows({ promises, people, onChange }: PromiseRowsProps) {
  const edit = (i: number, changes: Partial<PromiseDraft>) => onChange(promises.map((p, j) => (j === i ? { ...p, ...changes } : p)));
  return (
    <fieldset className="choice-group">
      <legend>Promises made in this engagement</legend>
      <p className="field-hint">Promise only what can be delivered: each promise has someone who keeps it and a time it is due.</p>
      {promises.map((p, i) => (
        <div key={i} className="promise-row" data-testid="promise-draft">
          <Field label={`Promise ${i + 1}`}>{(c) => <input {...c} value={p.text} onChange={(e) => edit(i, { text: e.target.value })} />}</Field>
          <div className="form-row">
            <PickField label={`Kept by (promise ${i + 1})`} value={p.ownerId} options={[{ id: '', name: 'Choose who keeps it…' }, ...people]} onChange={(ownerId) => edit(i, { ownerId })} />
            <Field label={`Due (promise ${i + 1})`}>{(c) => <input {...c} type="datetime-local" value={p.due} onChange={(e) => edit(i, { due: e.target.value })} />}</Field>
          </div>
          <button type="button" className="quiet" onClick={() => onChange(promises.filter((_, j) => j !== i))}>
            Remove promise {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...promises, blankPromise])}>
        Add a promise
      </button>
    </fieldset>
  );
}
