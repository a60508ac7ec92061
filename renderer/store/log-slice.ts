import type { StateCreator } from 'zustand';
import type { LogEntry } from '../../shared/domain/log';
import type { ApiError } from '../../shared/result';
import { call } from '../api/client';
import type { ConsoleState } from './types';

export interface LogSlice {
  logEntries: LogEntry[];
  loadLog: () => Promise<void>;
  writeNote: (text: string) => Promise<ApiError | null>;
}

// Answers can arrive out of order when changes come quickly; only the latest request may set the list.
let latestRequest = 0;

export const createLogSlice: StateCreator<ConsoleState, [], [], LogSlice> = (set, get) => ({
  logEntries: [],
  async loadLog() {
    const incidentId = get().current?.id;
    if (!incidentId) return;
    const request = ++latestRequest;
    // The command view's panel shows the newest entries; the full log view reads its own pages (LogTimeline).
    const result = await call('log:list', { incidentId, limit: 20 });
    if (request !== latestRequest) return;
    if (!result.ok) return get().reportProblem(result.error.message);
    set({ logEntries: result.value.entries });
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
