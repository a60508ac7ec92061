import type { StateCreator } from 'zustand';
import type { MethodInput } from '../../shared/contract';
import type { Incident, IncidentChanges } from '../../shared/domain/incident';
import type { ApiError } from '../../shared/result';
import { call } from '../api/client';
import type { ConsoleState } from './types';

const openKey = 'concord.incident';

export interface IncidentsSlice {
  incidents: Incident[];
  current: Incident | null;
  loadIncidents: () => Promise<void>;
  createIncident: (input: MethodInput<'incident:create'>) => Promise<ApiError | null>;
  openIncident: (incident: Incident) => void;
  closeIncident: () => void;
  refreshCurrent: () => Promise<void>;
  updateSituation: (changes: IncidentChanges) => Promise<ApiError | null>;
  forgetIncidents: () => void;
}

export const createIncidentsSlice: StateCreator<ConsoleState, [], [], IncidentsSlice> = (set, get) => ({
  incidents: [],
  current: null,
  async loadIncidents() {
    const result = await call('incident:list', {});
    if (!result.ok) return get().reportProblem(result.error.message);
    set({ incidents: result.value });
    // After a reload and unlock, return to the incident this tab had open: the operator was in the middle of it.
    const remembered = sessionStorage.getItem(openKey);
    const reopen = result.value.find((incident) => incident.id === remembered);
    if (reopen && !get().current) get().openIncident(reopen);
  },
  async createIncident(input) {
    const result = await call('incident:create', input);
    if (!result.ok) return result.error;
    set({ incidents: [result.value, ...get().incidents] });
    get().openIncident(result.value);
    return null;
  },
  openIncident(incident) {
    sessionStorage.setItem(openKey, incident.id);
    set({ current: incident, view: 'command', logEntries: [], statements: [], statement: null, cadence: null });
    void get().loadLog();
    void get().loadStatements();
  },
  closeIncident() {
    sessionStorage.removeItem(openKey);
    set({ current: null, logEntries: [] });
    void get().loadIncidents();
  },
  async refreshCurrent() {
    const id = get().current?.id;
    if (!id) return;
    const result = await call('incident:get', { id });
    if (!result.ok) return get().reportProblem(result.error.message);
    if (get().current?.id === id) set({ current: result.value });
  },
  async updateSituation(changes) {
    const id = get().current?.id;
    if (!id) return { code: 'not_found', message: 'No incident is open.' };
    const result = await call('incident:update', { id, changes });
    if (!result.ok) return result.error;
    set({ current: result.value });
    return null;
  },
  forgetIncidents: () => set({ incidents: [], current: null, logEntries: [] }),
});

export const selectIncidents = (s: ConsoleState) => s.incidents;
export const selectCurrent = (s: ConsoleState) => s.current;
export const selectIsExercise = (s: ConsoleState) => s.current?.mode === 'exercise';
