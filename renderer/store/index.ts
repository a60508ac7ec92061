import { create } from 'zustand';
import { connection, onEvent } from '../api/client';
import { createIncidentsSlice } from './incidents-slice';
import { createLiveSlice } from './live-slice';
import { createLogSlice } from './log-slice';
import { createOperatorSlice } from './operator-slice';
import { createSessionSlice } from './session-slice';
import type { ConsoleState } from './types';
import { createUiSlice } from './ui-slice';
import { createStatementsSlice } from './statements-slice';
import { createSyncSlice } from './sync-slice';

export const useConsole = create<ConsoleState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createIncidentsSlice(...a),
  ...createLogSlice(...a),
  ...createLiveSlice(...a),
  ...createUiSlice(...a),
  ...createStatementsSlice(...a),
  ...createOperatorSlice(...a),
  ...createSyncSlice(...a),
}));

/** Feeds core events into the store. Called once at start; returns the unsubscribe for tests and hot reload. */
export function connectEvents(): () => void {
  const { getState } = useConsole;
  const offStatus = onEvent('store:status', (status) => getState().applyStatus(status));
  const offData = onEvent('data:changed', ({ incidentId, entities }) => {
    const state = getState();
    if (state.current?.id === incidentId) {
      state.dataChanged(entities);
      void state.refreshCurrent();
      void state.loadLog();
      void state.loadStatements();
    } else if (!state.current && state.status?.state === 'unlocked') {
      void state.loadIncidents();
    }
  });
  // Sync: who is connected changed, or a batch from a peer landed (catch-up progress, lag).
  const offPeers = onEvent('sync:peers', ({ incidentId }) => {
    if (getState().current?.id === incidentId) void getState().loadPeers();
  });
  const offProgress = onEvent('sync:progress', (progress) => getState().applyProgress(progress));
  getState().setConnection(connection.current());
  const offConnection = connection.subscribe((next) => {
    const wasLost = getState().connection === 'lost';
    getState().setConnection(next);
    // Events sent while the socket was down are gone: catch up by reading the state again.
    if (wasLost && next === 'connected') {
      void getState().loadStatus();
      void getState().refreshCurrent();
      void getState().loadLog();
      getState().dataChanged(['*']);
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
