import { isMethodName, methods, type MethodName } from '../../../shared/contract';
import { ConcordError, fail, ok, type Result } from '../../../shared/result';
import { findUnsafeText } from '../../../shared/rules/text-hygiene';
import { storageFailure } from '../kernel/store/storage-errors';
import type { Handlers } from './handlers';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

/** The one boundary every transport goes through: unknown methods and bad input answer typed errors, never throw. */
export function createDispatch(handlers: Handlers, onInternalError: (method: string, error: unknown) => void): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return fail('unknown_method', `there is no method ${JSON.stringify(method).slice(0, 80)}`);
    const parsed = methods[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return fail('invalid_input', `${where}${issue?.message ?? 'invalid input'}`);
    }
    const unsafe = findUnsafeText(parsed.data);
    if (unsafe) return fail('invalid_input', unsafe);
    try {
      const handler = handlers[method] as (i: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof ConcordError) return fail(error.code, error.message);
      // A full disk or a read-only folder is the operator's to fix, and the write rolled back: say what to do.
      const storage = storageFailure(error);
      if (storage) return fail(storage.code, storage.message);
      onInternalError(method, error);
      return fail('internal', `${method} failed unexpectedly; the console log has the details`);
    }
  };
}

export type { MethodName };
