import type { ConnectionSlice } from './connection-slice';
import type { OperatorSlice } from './operator-slice';
import type { SessionSlice } from './session-slice';
import type { UiSlice } from './ui-slice';

/** The console's client state, one slice per concern; what the core holds lives in the query cache (renderer/api/). */
export type ConsoleState = SessionSlice & UiSlice & OperatorSlice & ConnectionSlice;
