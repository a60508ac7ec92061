import { create } from 'zustand';
import { connection, onEvent } from '../api/client';
import { absorbEcho, forgetEchoes } from '../api/echo';
import { invalidateChanged, refetchAll, refetchReads } from '../api/invalidate';
import { createConnectionSlice } from './connection-slice';
import { createOperatorSlice } from './operator-slice';
import { createSessionSlice } from './session-slice';
import type { ConsoleState } from './types';
import { createUiSlice } from './ui-slice';

export const useConsole = create<ConsoleState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createUiSlice(...a),
  ...createOperatorSlice(...a),
  ...createConnectionSlice(...a),
}));

/** What the Consoles view shows moves with the peers' sessions, which no entity names. */
const peerReads = ['sync:peers', 'sync:status'] as const;

/** Feeds core events into the store and the query cache. Called once at start; returns the unsubscribe for tests and hot reload. */
export function connectEvents(): () => void {
  const { getState } = useConsole;
  const offStatus = onEvent('store:status', (status) => getState().applyStatus(status));
  // A write's own event does not read again what the write's answer already put in the cache (api/echo.ts).
  const offData = onEvent('data:changed', ({ incidentId, entities }) => void invalidateChanged(incidentId, entities, absorbEcho(incidentId)));
  // Sync: who is connected changed, or a batch from a peer landed (catch-up progress, lag).
  const offPeers = onEvent('sync:peers', ({ incidentId }) => void refetchReads(peerReads, incidentId));
  const offProgress = onEvent('sync:progress', (progress) => {
    getState().applyProgress(progress);
    void refetchReads(peerReads, progress.incidentId);
  });
  getState().setConnection(connection.current());
  const offConnection = connection.subscribe((next) => {
    const wasLost = getState().connection === 'lost';
    getState().setConnection(next);
    // Events sent while the socket was down are gone: catch up by reading the state again.
    if (wasLost && next === 'connected') {
      forgetEchoes();
      void getState().loadStatus();
      void refetchAll();
    }
  });
  void getState().loadStatus();
  return () => {
    offStatus();
    offData();
    offConnection();
    offPeers();
    offProgress();
  };
}

export type { ConsoleState } from './types';
