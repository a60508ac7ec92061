import type { StateCreator } from 'zustand';
import type { MethodInput } from '../../shared/contract';
import type { PublicCadence, StatementDetail, StatementSummary } from '../../shared/domain/statement';
import type { ApiError } from '../../shared/result';
import { call } from '../api/client';
import type { ConsoleState } from './types';

type Act = 'statement:update' | 'statement:setVariant' | 'statement:revise' | 'statement:comment' | 'statement:requestReview' | 'statement:approve' | 'statement:publish' | 'statement:withdraw';

export interface StatementsSlice {
  statements: StatementSummary[];
  statement: StatementDetail | null;
  cadence: PublicCadence | null;
  loadStatements: () => Promise<void>;
  openStatement: (id: string | null) => Promise<void>;
  createStatement: (input: Omit<MethodInput<'statement:create'>, 'incidentId'>) => Promise<ApiError | null>;
  /** Runs one statement action and shows its answer; the error is the form's to show. */
  actOnStatement: <M extends Act>(method: M, input: MethodInput<M>) => Promise<ApiError | null>;
}

export const createStatementsSlice: StateCreator<ConsoleState, [], [], StatementsSlice> = (set, get) => ({
  statements: [],
  statement: null,
  cadence: null,
  async loadStatements() {
    const incidentId = get().current?.id;
    if (!incidentId) return;
    const [list, cadence] = await Promise.all([call('statement:list', { incidentId }), call('statement:cadence', { incidentId })]);
    if (!list.ok) return get().reportProblem(list.error.message);
    if (get().current?.id !== incidentId) return;
    set({ statements: list.value, cadence: cadence.ok ? cadence.value : null });
    const open = get().statement;
    if (open) await get().openStatement(open.id);
  },
  async openStatement(id) {
    if (!id) return set({ statement: null });
    const result = await call('statement:get', { id });
    if (!result.ok) return get().reportProblem(result.error.message);
    set({ statement: result.value });
  },
  async createStatement(input) {
    const incidentId = get().current?.id;
    if (!incidentId) return { code: 'not_found', message: 'No incident is open.' };
    const result = await call('statement:create', { ...input, incidentId });
    if (!result.ok) return result.error;
    set({ statement: result.value });
    await get().loadStatements();
    return null;
  },
  async actOnStatement(method, input) {
    const result = await call(method, input);
    if (!result.ok) return result.error;
    set({ statement: result.value });
    await get().loadStatements();
    return null;
  },
});

export const selectStatements = (s: ConsoleState) => s.statements;
export const selectStatement = (s: ConsoleState) => s.statement;
export const selectCadence = (s: ConsoleState) => s.cadence;
