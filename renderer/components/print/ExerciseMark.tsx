import { useConcordQuery } from '../../api/query';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';

/**
 * Every document printed from an exercise says so on its face: a page of an exercise, once out of the console,
 * must never pass for a real incident's (DESIGN.md section 8: an exercise marks every export).
 */
export function ExerciseMark() {
  const id = useConsole(selectIncidentId);
  const incident = useConcordQuery('incident:get', id === null ? null : { id }).data;
  if (incident?.mode !== 'exercise') return null;
  return (
    <p className="print-exercise" data-testid="print-exercise">
      EXERCISE: not a real incident
    </p>
  );
}
