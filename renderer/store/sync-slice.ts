import type { StateCreator } from 'zustand';
import type { PeersView } from '../../shared/domain/sync';
import { call } from '../api/client';
import type { ConsoleState } from './types';

/** Last seen and lag in time move without any event: read the peers again this often while a screen shows them. */
const PEERS_POLL_MS = 4_000;

export interface CatchUpProgress {
  incidentId: string;
  received: number;
  expected: number;
}

export interface SyncSlice {
  /** The consoles of the open incident, as `sync:peers` last answered; null until read or after an error. */
  peers: PeersView | null;
  peersError: string | null;
  /** The latest `sync:progress` of any incident (the join screen waits on one not open yet). */
  catchUp: CatchUpProgress | null;
  /** How many mounted screens show peers: the poll runs while any does. */
  peersWatchers: number;
  loadPeers: () => Promise<void>;
  /** Starts reading the peers of the open incident now and every few seconds; returns the stop. */
  watchPeers: () => () => void;
  applyProgress: (progress: CatchUpProgress) => void;
}

let pollTimer: ReturnType<typeof setInterval> | undefined;

export const createSyncSlice: StateCreator<ConsoleState, [], [], SyncSlice> = (set, get) => ({
  peers: null,
  peersError: null,
  catchUp: null,
  peersWatchers: 0,
  async loadPeers() {
    const incidentId = get().current?.id;
    if (!incidentId) return;
    const result = await call('sync:peers', { incidentId });
    // An answer for an incident closed meanwhile would show the wrong consoles.
    if (get().current?.id !== incidentId) return;
    set(result.ok ? { peers: result.value, peersError: null } : { peers: null, peersError: result.error.message });
  },
  watchPeers() {
    set({ peersWatchers: get().peersWatchers + 1 });
    void get().loadPeers();
    pollTimer ??= setInterval(() => void get().loadPeers(), PEERS_POLL_MS);
    return () => {
      const left = get().peersWatchers - 1;
      set({ peersWatchers: left });
      if (left === 0 && pollTimer !== undefined) {
        clearInterval(pollTimer);
        pollTimer = undefined;
      }
    };
  },
  applyProgress(progress) {
    set({ catchUp: progress });
    if (progress.incidentId === get().current?.id && get().peersWatchers > 0) void get().loadPeers();
  },
});

export const selectPeers = (s: ConsoleState) => (s.peers && s.peers.incidentId === s.current?.id ? s.peers : null);
export const selectPeersError = (s: ConsoleState) => s.peersError;
export const selectClockWarning = (s: ConsoleState) => selectPeers(s)?.clockWarning ?? null;
export const selectCatchUpOf = (incidentId: string | null) => (s: ConsoleState) => (s.catchUp && s.catchUp.incidentId === incidentId ? s.catchUp : null);

/** Catching up means a session still expects ops it has not received. */
export const isCatchingUp = (c: { received: number; expected: number } | null): boolean => c !== null && c.expected > 0 && c.received < c.expected;
