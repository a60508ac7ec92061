import type { StateCreator } from 'zustand';
import type { ConsoleState } from './types';

export interface LiveSlice {
  /** Bumped on every `data:changed` for the open incident: live panels and views refetch when it moves. */
  dataVersion: number;
  /** The entities the last change touched, so a view refetches only for records it shows. */
  changedEntities: readonly string[];
  dataChanged: (entities: readonly string[]) => void;
}

export const createLiveSlice: StateCreator<ConsoleState, [], [], LiveSlice> = (set, get) => ({
  dataVersion: 0,
  changedEntities: [],
  dataChanged: (entities) => set({ dataVersion: get().dataVersion + 1, changedEntities: entities }),
});

export const selectDataVersion = (s: ConsoleState) => s.dataVersion;
export const selectChangedEntities = (s: ConsoleState) => s.changedEntities;
