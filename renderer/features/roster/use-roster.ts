import { useConcordQuery, useIncidentInput } from '../../api/query';

export const useRoster = () => useConcordQuery('roster:get', useIncidentInput({}));
