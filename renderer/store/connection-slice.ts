import type { StateCreator } from 'zustand';
import type { ConnectionState } from '../api/connection';
import type { ConsoleState } from './types';

export interface CatchUpProgress {
  incidentId: string;
  received: number;
  expected: number;
}

export interface ConnectionSlice {
  /** The link from the screens to the core (the web host's socket; the desktop bridge is always connected). */
  connection: ConnectionState;
  /** The latest `sync:progress` of any incident: the link to the peers (the join screen waits on one not open yet). */
  catchUp: CatchUpProgress | null;
  setConnection: (state: ConnectionState) => void;
  applyProgress: (progress: CatchUpProgress) => void;
}

export const createConnectionSlice: StateCreator<ConsoleState, [], [], ConnectionSlice> = (set) => ({
  connection: 'connecting',
  catchUp: null,
  setConnection: (connection) => set({ connection }),
  applyProgress: (catchUp) => set({ catchUp }),
});

export const selectConnection = (s: ConsoleState) => s.connection;
export const selectCatchUpOf = (incidentId: string | null) => (s: ConsoleState) => (s.catchUp && s.catchUp.incidentId === incidentId ? s.catchUp : null);

/** Catching up means a session still expects ops it has not received. */
export const isCatchingUp = (c: { received: number; expected: number } | null): boolean => c !== null && c.expected > 0 && c.received < c.expected;
