import type { StateCreator } from 'zustand';
import type { MethodInput } from '../../shared/contract';
import type { StoreStatus } from '../../shared/domain/store';
import type { ApiError } from '../../shared/result';
import { call } from '../api/client';
import { queryClient } from '../api/query-client';
import type { ConsoleState } from './types';

export interface SessionSlice {
  status: StoreStatus | null;
  /** Held only between store:create and the operator's confirmation; never persisted. */
  recoveryKey: string | null;
  loadStatus: () => Promise<void>;
  createStore: (passphrase: string) => Promise<ApiError | null>;
  confirmRecoveryKey: () => void;
  unlock: (input: MethodInput<'store:unlock'>) => Promise<ApiError | null>;
  lock: () => Promise<void>;
  applyStatus: (status: StoreStatus) => void;
}

export const createSessionSlice: StateCreator<ConsoleState, [], [], SessionSlice> = (set, get) => ({
  status: null,
  recoveryKey: null,
  async loadStatus() {
    const result = await call('store:status', {});
    if (result.ok) get().applyStatus(result.value);
    else get().reportProblem(result.error.message);
  },
  async createStore(passphrase) {
    const result = await call('store:create', { passphrase });
    if (!result.ok) return result.error;
    set({ recoveryKey: result.value.recoveryKey });
    await get().loadStatus();
    return null;
  },
  confirmRecoveryKey: () => set({ recoveryKey: null }),
  async unlock(input) {
    const result = await call('store:unlock', input);
    if (!result.ok) return result.error;
    get().applyStatus(result.value);
    return null;
  },
  async lock() {
    const result = await call('store:lock', {});
    if (result.ok) get().applyStatus(result.value);
    else get().reportProblem(result.error.message);
  },
  applyStatus(status) {
    set({ status });
    if (status.state === 'unlocked') return;
    // Nothing read from a locked store stays on screen or in memory; the tab still remembers which incident was open.
    set({ incidentId: null });
    queryClient.clear();
  },
});

export type Screen = 'loading' | 'create' | 'recovery-key' | 'unlock' | 'incidents' | 'console';

/** Which screen the console shows: the store gates everything, then an open incident. */
export const selectScreen = (s: ConsoleState): Screen => {
  if (s.recoveryKey) return 'recovery-key';
  switch (s.status?.state) {
    case undefined:
      return 'loading';
    case 'absent':
      return 'create';
    case 'locked':
      return 'unlock';
    case 'unlocked':
      return s.incidentId ? 'console' : 'incidents';
  }
};
export const selectStatus = (s: ConsoleState) => s.status;
