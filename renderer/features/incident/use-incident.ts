import type { Incident } from '../../../shared/domain/incident';
import { useConcordQuery } from '../../api/query';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';

/** The incident open on this console, as the core last answered; undefined until read. */
export function useOpenIncident(): Incident | undefined {
  const id = useConsole(selectIncidentId);
  return useConcordQuery('incident:get', id === null ? null : { id }).data;
}
