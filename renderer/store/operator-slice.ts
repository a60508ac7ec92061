import type { StateCreator } from 'zustand';
import type { Operator } from '../../shared/domain/roster';
import type { Action } from '../../shared/rules/permissions';
import type { ApiError, Result } from '../../shared/result';
import { call } from '../api/client';
import { refetchAll, resetOperatorReads } from '../api/invalidate';
import type { ConsoleState } from './types';

export interface OperatorSlice {
  /** Who is signed in on this console; null until someone signs in. Every change they make carries their name. */
  operator: Operator | null;
  loadOperator: () => Promise<void>;
  signIn: (personId: string, pin: string) => Promise<ApiError | null>;
  /** Sets the signed-in person's own PIN; required before they act when someone else set the one they signed in with. */
  setOwnPin: (currentPin: string, newPin: string) => Promise<ApiError | null>;
  signOut: () => Promise<void>;
}

type Get = () => ConsoleState;
type Set = (partial: Partial<ConsoleState>) => void;

/** Signing in and setting one's own PIN both answer the operator now signed in: every screen reads again as them. */
async function settleOperator(get: Get, set: Set, run: (incidentId: string) => Promise<Result<Operator>>): Promise<ApiError | null> {
  const incidentId = get().incidentId;
  if (!incidentId) return { code: 'not_found', message: 'No incident is open.' };
  const result = await run(incidentId);
  if (!result.ok) return result.error;
  set({ operator: result.value });
  void resetOperatorReads().then(refetchAll);
  return null;
}

export const createOperatorSlice: StateCreator<ConsoleState, [], [], OperatorSlice> = (set, get) => ({
  operator: null,
  async loadOperator() {
    const result = await call('roster:currentOperator', {});
    set({ operator: result.ok ? result.value : null });
  },
  signIn: (personId, pin) => settleOperator(get, set, (incidentId) => call('roster:signIn', { incidentId, personId, pin })),
  setOwnPin: (currentPin, newPin) => settleOperator(get, set, (incidentId) => call('roster:setOwnPin', { incidentId, currentPin, newPin })),
  async signOut() {
    await call('roster:signOut', {});
    set({ operator: null });
    void resetOperatorReads().then(refetchAll);
  },
});

export const selectOperator = (s: ConsoleState) => (s.operator && s.operator.incidentId === s.incidentId ? s.operator : null);
/** Whether the signed-in operator may do `action` here: screens hide what would only be refused. */
export const selectMay = (action: Action) => (s: ConsoleState) => selectOperator(s)?.actions.includes(action) ?? false;
