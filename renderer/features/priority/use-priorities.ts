import { useConcordQuery, useIncidentInput } from '../../api/query';

export const usePriorities = () => useConcordQuery('priority:list', useIncidentInput({}));
export const useDecisions = () => useConcordQuery('decision:list', useIncidentInput({}));
