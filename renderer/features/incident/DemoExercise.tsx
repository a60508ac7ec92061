import { useConcordMutation } from '../../api/mutation';
import { FormError } from '../../components/Field';
import { useConsole } from '../../store';

/**
 * One click to a living console: the demo exercise is loaded by the core through the same methods and ops as
 * anything typed, as a new EXERCISE incident, and opened.
 */
export function DemoExercise() {
  const openIncident = useConsole((s) => s.openIncident);
  const load = useConcordMutation('scenario:load', { shownIn: 'form', onSuccess: (incident) => openIncident(incident.id) });
  const busy = load.pending;
  return (
    <section className="card demo-card" aria-labelledby="demo-title">
      <h2 id="demo-title">New to Concord?</h2>
      <p>
        Load the demo exercise: a fictional vehicle attack at a winter market, with a chain of command, priorities, actors on the ground, communities at
        risk of backlash, tasks and reports. It opens as an EXERCISE; you are signed in as its commander, Mayor Helen Achterberg (PIN 24682468).
      </p>
      <FormError message={load.error} />
      <button type="button" className="primary" disabled={busy} onClick={() => void load.run({ name: 'demo-exercise' })}>
        {busy ? 'Loading the exercise…' : 'Load the demo exercise'}
      </button>
    </section>
  );
}
