import type { StateCreator } from 'zustand';
import type { ConsoleState } from './types';

export interface LiveSlice {
  /**
   * How many `data:changed` events touched each entity of the open incident (`*`: everything). Counting per
   * entity, rather than keeping the last event's list, means two events handled in one render both count.
   */
  changeCounts: Readonly<Record<string, number>>;
  dataChanged: (entities: readonly string[]) => void;
}

export const createLiveSlice: StateCreator<ConsoleState, [], [], LiveSlice> = (set) => ({
  changeCounts: {},
  dataChanged: (entities) =>
    set((s) => {
      const counts = { ...s.changeCounts };
      for (const entity of new Set(entities)) counts[entity] = (counts[entity] ?? 0) + 1;
      return { changeCounts: counts };
    }),
});

/** Moves whenever a change touched one of `entities` (`*` for every change): live panels and views refetch on it. */
export const selectGeneration = (entities: readonly string[]) => (s: ConsoleState) =>
  entities.includes('*')
    ? Object.values(s.changeCounts).reduce((n, count) => n + count, 0)
    : entities.reduce((n, entity) => n + (s.changeCounts[entity] ?? 0), s.changeCounts['*'] ?? 0);
