import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useConsole } from '../../store';
import { isCatchingUp, selectCatchUpOf } from '../../store/sync-slice';

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
  const loadIncidents = useConsole((s) => s.loadIncidents);
  const [state, setState] = useState<JoinWait>({ connected: false, slow: false, received: 0, expected: 0 });

  useEffect(() => {
    if (!incidentId) return;
    const started = Date.now();
    let stopped = false;
    const tick = async () => {
      const peers = await call('sync:peers', { incidentId });
      if (stopped || !peers.ok) return;
      const connected = peers.value.peers.some((p) => !p.self && p.connected);
      const { received, expected } = peers.value.catchUp;
      setState({ connected, slow: !connected && Date.now() - started > SLOW_MS, received, expected });
      if (!connected || isCatchingUp(peers.value.catchUp)) return;
      const incident = await call('incident:get', { id: incidentId });
      if (stopped || !incident.ok) return;
      stopped = true;
      await loadIncidents();
      openIncident(incident.value);
    };
    const timer = setInterval(() => void tick(), POLL_MS);
    void tick();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [incidentId, openIncident, loadIncidents]);

  // Progress events arrive between polls: the bar moves with each batch, not only twice a second.
  if (progress && progress.expected >= state.expected) return { ...state, received: progress.received, expected: progress.expected };
  return state;
}
