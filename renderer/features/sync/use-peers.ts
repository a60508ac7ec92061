import { useConcordQuery, useIncidentInput, type ConcordQueryOptions } from '../../api/query';

/**
 * The peers of the open incident, from the cache: read again on `sync:peers` and `sync:progress` events and on every
 * data change. Last seen and lag move without any event, so one always-mounted reader polls (ClockDriftBanner).
 */
export function usePeers(options: ConcordQueryOptions = {}) {
  const { data, error } = useConcordQuery('sync:peers', useIncidentInput({}), options);
  return { peers: data, error };
}
