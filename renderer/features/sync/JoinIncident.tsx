import { useState, type SubmitEvent } from 'react';
import { useConcordMutation } from '../../api/mutation';
import { Field } from '../../components/Field';
import { capitalise } from '../../components/format';
import { isCatchingUp } from '../../store/connection-slice';
import { CatchUpBar } from './CatchUpBar';
import { useJoinWait } from './use-join-wait';
import './peers.css';

/** Crockford base32 as the core reads it (I, L and O forgiven, any case), plus the dashes and spaces of grouping. */
const notInCode = /[^0-9A-HJ-NP-TV-Z]/i;
const forgiven = /[ILO]/gi;

function codeError(text: string): string | null {
  const bare = text.replace(/[\s-]/g, '');
  if (!bare) return 'Enter the join code shown on a console of the incident, under Consoles → Invite a console.';
  const stray = notInCode.exec(bare.replace(forgiven, '0'))?.[0];
  if (stray) return `A join code has only letters and digits, never “${stray}”: check that character.`;
  if (bare.length < 20) return 'This is too short for a join code: it has about 150 characters in groups of four.';
  return null;
}

function Waiting({ incidentId, onCancel }: { incidentId: string; onCancel: () => void }) {
  const wait = useJoinWait(incidentId);
  const catchingUp = isCatchingUp(wait);
  return (
    <div className="join-wait" data-testid="join-wait">
      {catchingUp ? (
        <CatchUpBar received={wait.received} expected={wait.expected} />
      ) : (
        <p role="status">
          <span className="spinner" aria-hidden="true" />
          {wait.connected ? 'Connected. Receiving the incident…' : 'Reaching the console that made the code…'}
        </p>
      )}
      {wait.slow && (
        <p className="alert" role="alert">
          No answer yet. Check that both consoles are on the same network and that the other one is unlocked; Concord
          keeps trying.
        </p>
      )}
      <button type="button" className="quiet" onClick={onCancel}>
        Stop waiting
      </button>
    </div>
  );
}

/** Joins this console to an incident another console holds: the code carries its secret and where to reach it. */
export function JoinIncident() {
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  // A refused code stays in the field: the person may only have mistyped one group.
  const join = useConcordMutation('sync:join', { shownIn: 'form', onSuccess: (answer) => setJoined(answer.incidentId) });
  const busy = join.pending;
  const error = invalid ?? (join.error === null ? null : `${capitalise(join.error)}.`);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const problem = codeError(code);
    setInvalid(problem);
    if (!problem) void join.run({ code: code.trim() });
  };

  return (
    <section className="card" aria-labelledby="join-title" data-testid="join-incident">
      <h2 id="join-title">Join an incident</h2>
      {joined ? (
        <Waiting incidentId={joined} onCancel={() => setJoined(null)} />
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="join-title">
          <Field label="Join code" hint="From a console of the incident: Consoles → Invite a console. Dashes and case do not matter." error={error}>
            {(control) => (
              <textarea
                {...control}
                className="mono join-code-input"
                rows={3}
                value={code}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="primary" disabled={busy}>
            Join incident
          </button>
        </form>
      )}
    </section>
  );
}
