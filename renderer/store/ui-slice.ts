import type { StateCreator } from 'zustand';
import type { ConsoleState } from './types';

export type Theme = 'dark' | 'light';

const themeKey = 'concord.theme';

export interface UiSlice {
  theme: Theme;
  /** Id of the view shown inside an open incident; see renderer/views/registry.ts. */
  view: string;
  /** A failure no form owns (a refetch, a lock), shown in the page's alert area until dismissed. */
  problem: string | null;
  setTheme: (theme: Theme) => void;
  setView: (view: string) => void;
  reportProblem: (message: string) => void;
  dismissProblem: () => void;
}

function rememberedTheme(): Theme {
  // Dark is the default: control rooms are dim, and a bright screen is the one everybody stares at.
  return localStorage.getItem(themeKey) === 'light' ? 'light' : 'dark';
}

export const createUiSlice: StateCreator<ConsoleState, [], [], UiSlice> = (set) => ({
  theme: rememberedTheme(),
  view: 'command',
  problem: null,
  setTheme(theme) {
    localStorage.setItem(themeKey, theme);
    set({ theme });
  },
  setView: (view) => set({ view }),
  reportProblem: (problem) => set({ problem }),
  dismissProblem: () => set({ problem: null }),
});

export const selectTheme = (s: ConsoleState) => s.theme;
export const selectView = (s: ConsoleState) => s.view;
export const selectProblem = (s: ConsoleState) => s.problem;
