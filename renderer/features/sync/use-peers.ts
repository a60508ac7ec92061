import { useEffect } from 'react';
import { useConsole } from '../../store';
import { selectCurrent } from '../../store/incidents-slice';
import { selectPeers, selectPeersError } from '../../store/sync-slice';

/** The peers of the open incident, read now and kept fresh while the calling screen is mounted. */
export function usePeers() {
  const incidentId = useConsole(selectCurrent)?.id;
  const watchPeers = useConsole((s) => s.watchPeers);
  useEffect(() => (incidentId ? watchPeers() : undefined), [incidentId, watchPeers]);
  return { peers: useConsole(selectPeers), error: useConsole(selectPeersError) };
}
