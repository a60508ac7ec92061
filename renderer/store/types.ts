import type { IncidentsSlice } from './incidents-slice';
import type { LiveSlice } from './live-slice';
import type { LogSlice } from './log-slice';
import type { OperatorSlice } from './operator-slice';
import type { SessionSlice } from './session-slice';
import type { UiSlice } from './ui-slice';
import type { StatementsSlice } from './statements-slice';
import type { SyncSlice } from './sync-slice';

/** The whole console state: one store, one slice per concern. */
export type ConsoleState = SessionSlice & IncidentsSlice & LogSlice & LiveSlice & UiSlice & StatementsSlice & OperatorSlice & SyncSlice;
