import { useConcordMutation } from '../../api/mutation';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { MayNot, mayProps, useMay } from '../roster/use-may';

/** An incident without a playbook: the one button that copies the guide's checklist into it. */
export function AdoptPlaybook() {
  const incidentId = useConsole(selectIncidentId);
  const adopt = useConcordMutation('playbook:adopt');
  const may = useMay('setPriorities');
  return (
    <div className="playbook-adopt">
      <p className="muted">No playbook yet. The guide’s checklist for the first 72 hours lists what should be done by when, and by whom.</p>
      <button
        type="button"
        {...mayProps(may, 'adopt-may-not')}
        disabled={!may.allowed || adopt.pending || !incidentId}
        onClick={() => {
          if (incidentId) adopt.run({ incidentId, playbook: 'first-72-hours' }).then(() => undefined, () => undefined);
        }}
      >
        Adopt the first-72-hours playbook
      </button>
      <MayNot may={may} id="adopt-may-not" />
    </div>
  );
}
