import type { StateCreator } from 'zustand';
import type { LogEntry } from '../../shared/domain/log';
import type { ApiError } from '../../shared/result';
import { call } from '../api/client';
import type { ConsoleState } from './types';

export interface LogSlice {
  logEntries: LogEntry[];
  logTotal: number;
  logFilter: string;
  setLogFilter: (text: string) => void;
  loadLog: () => Promise<void>;
  writeNote: (text: string) => Promise<ApiError | null>;
}

// Answers can arrive out of order while someone types a filter; only the latest request may set the list.
let latestRequest = 0;

export const createLogSlice: StateCreator<ConsoleState, [], [], LogSlice> = (set, get) => ({
  logEntries: [],
  logTotal: 0,
  logFilter: '',
  setLogFilter(logFilter) {
    set({ logFilter });
    void get().loadLog();
  },
  async loadLog() {
    const incidentId = get().current?.id;
    if (!incidentId) return;
    const request = ++latestRequest;
    const text = get().logFilter.trim();
    const result = await call('log:list', text ? { incidentId, text } : { incidentId });
    if (request !== latestRequest) return;
    if (!result.ok) return get().reportProblem(result.error.message);
    set({ logEntries: result.value.entries, logTotal: result.value.total });
  },
  async writeNote(text) {
    const incidentId = get().current?.id;
    if (!incidentId) return { code: 'not_found', message: 'No incident is open.' };
    const result = await call('log:note', { incidentId, text });
    if (!result.ok) return result.error;
    await get().loadLog();
    return null;
  },
});

export const selectLogEntries = (s: ConsoleState) => s.logEntries;
export const selectLogTotal = (s: ConsoleState) => s.logTotal;
export const selectLogFilter = (s: ConsoleState) => s.logFilter;
