import type { StateCreator } from 'zustand';
import type { ViewId } from '../views/registry';
import type { ConsoleState } from './types';

export type Theme = 'dark' | 'light';

const themeKey = 'concord.theme';
const openKey = 'concord.incident';

export interface UiSlice {
  theme: Theme;
  /** The incident open on this console; its data is read through the query cache (renderer/api/query.ts). */
  incidentId: string | null;
  /** The view shown inside an open incident; see renderer/views/registry.ts. */
  view: ViewId;
  /** A failure no form owns (a refetch, a lock), shown in the page's alert area until dismissed. */
  problem: string | null;
  /** The statement open in the Statements view: picked in its list, or one another view sent the operator to. */
  statementId: string | null;
  setTheme: (theme: Theme) => void;
  setView: (view: ViewId) => void;
  openStatement: (statementId: string) => void;
  /** Goes to the Statements view with this statement open (a rumour's correction, just drafted). */
  showStatement: (statementId: string) => void;
  openIncident: (incidentId: string) => void;
  closeIncident: () => void;
  reportProblem: (message: string) => void;
  dismissProblem: () => void;
}

function rememberedTheme(): Theme {
  // Dark is the default: control rooms are dim, and a bright screen is the one everybody stares at.
  return localStorage.getItem(themeKey) === 'light' ? 'light' : 'dark';
}

/** After a reload and unlock, the incident this tab had open, if it is still listed: the operator was in the middle of it. */
export const rememberedIncident = (): string | null => sessionStorage.getItem(openKey);

export const createUiSlice: StateCreator<ConsoleState, [], [], UiSlice> = (set) => ({
  theme: rememberedTheme(),
  incidentId: null,
  view: 'command',
  problem: null,
  statementId: null,
  setTheme(theme) {
    localStorage.setItem(themeKey, theme);
    set({ theme });
  },
  setView: (view) => set({ view }),
  openStatement: (statementId) => set({ statementId }),
  showStatement: (statementId) => set({ statementId, view: 'statements' }),
  openIncident(incidentId) {
    sessionStorage.setItem(openKey, incidentId);
    set({ incidentId, view: 'command', statementId: null });
  },
  closeIncident() {
    sessionStorage.removeItem(openKey);
    set({ incidentId: null });
  },
  reportProblem: (problem) => set({ problem }),
  dismissProblem: () => set({ problem: null }),
});

export const selectTheme = (s: ConsoleState) => s.theme;
export const selectIncidentId = (s: ConsoleState) => s.incidentId;
export const selectView = (s: ConsoleState) => s.view;
export const selectProblem = (s: ConsoleState) => s.problem;
export const selectStatementId = (s: ConsoleState) => s.statementId;
