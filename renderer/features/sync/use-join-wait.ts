import { useEffect, useState } from 'react';
import { useConcordQuery } from '../../api/query';
import { useConsole } from '../../store';
import { isCatchingUp, selectCatchUpOf } from '../../store/connection-slice';

const POLL_MS = 500;
/** After this long with no console reached, the join screen says what to check (it keeps trying). */
const SLOW_MS = 15_000;

export interface JoinWait {
  connected: boolean;
  slow: boolean;
  received: number;
  expected: number;
}

/**
 * After `sync:join`: waits until a console of the incident is reached and the first catch-up is through, then
 * opens the incident. The incident exists here only once its first ops arrived, so both are read until ready.
 */
export function useJoinWait(incidentId: string | null): JoinWait {
  const progress = useConsole(selectCatchUpOf(incidentId));
  const openIncident = useConsole((s) => s.openIncident);
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedLong(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [incidentId]);
  const peers = useConcordQuery('sync:peers', incidentId ? { incidentId } : null, { refetchInterval: POLL_MS }).data;
  const connected = peers?.peers.some((p) => !p.self && p.connected) ?? false;
  const ready = connected && peers !== undefined && !isCatchingUp(peers.catchUp);
  const incident = useConcordQuery('incident:get', ready && incidentId ? { id: incidentId } : null, { refetchInterval: POLL_MS }).data;
  useEffect(() => {
    if (incident) openIncident(incident.id);
  }, [incident, openIncident]);

  const state = { connected, slow: !connected && waitedLong, received: peers?.catchUp.received ?? 0, expected: peers?.catchUp.expected ?? 0 };
  // Progress events arrive between polls: the bar moves with each batch, not only twice a second.
  if (progress && progress.expected >= state.expected) return { ...state, received: progress.received, expected: progress.expected };
  return state;
}
