import { call } from '../../api/client';
import { useLive } from '../../components/use-live';

export const usePriorities = () => useLive((incidentId) => call('priority:list', { incidentId }), ['priority']);
export const useDecisions = () => useLive((incidentId) => call('decision:list', { incidentId }), ['decision', 'person']);
