import { useState } from 'react';
import { call } from '../../api/client';
import { FormError } from '../../components/Field';
import { useConsole } from '../../store';

/**
 * One click to a living console: the demo exercise is loaded by the core through the same methods and ops as
 * anything typed, as a new EXERCISE incident, and opened.
 */
export function DemoExercise() {
  const openIncident = useConsole((s) => s.openIncident);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    setBusy(true);
    const result = await call('scenario:load', { name: 'demo-exercise' });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    openIncident(result.value);
  };
  return (
    <section className="card demo-card" aria-labelledby="demo-title">
      <h2 id="demo-title">New to Concord?</h2>
      <p>
        Load the demo exercise: a fictional vehicle attack at a winter market, with a chain of command, priorities, actors on the ground, communities at
        risk of backlash, tasks and reports. It opens as an EXERCISE; you are signed in as its commander, Mayor Helen Achterberg (PIN 24682468).
      </p>
      <FormError message={error} />
      <button type="button" className="primary" disabled={busy} onClick={() => void load()}>
        {busy ? 'Loading the exercise…' : 'Load the demo exercise'}
      </button>
    </section>
  );
}
