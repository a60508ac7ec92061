import type { MethodInput, MethodName } from '../../shared/contract';
import { call } from '../api/client';
import { useConsole } from './index';

/**
 * A change no form owns (a drag on the board, a status menu): its refusal or failure is shown in the page's alert
 * area, so an operator who may not make it sees why instead of nothing happening.
 */
export async function act<M extends MethodName>(method: M, input: MethodInput<M>): Promise<void> {
  const result = await call(method, input);
  if (!result.ok) useConsole.getState().reportProblem(result.error.message);
}
