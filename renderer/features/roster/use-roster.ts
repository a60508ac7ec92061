import { call } from '../../api/client';
import { useLive } from '../../components/use-live';

/** The roster tables: a change to them, or to check-ins, reloads the chain of command. */
export const rosterEntities = ['person', 'role', 'assignment', 'checkIn', 'pinReset'] as const;

export const useRoster = () => useLive((incidentId) => call('roster:get', { incidentId }), rosterEntities);
