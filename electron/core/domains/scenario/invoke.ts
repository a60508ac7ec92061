import { methods, type MethodInput, type MethodName, type MethodOutput, type ParsedInput } from '../../../../shared/contract';
import { ConcordError } from '../../../../shared/result';
import type { Handler, Handlers } from '../../kernel/domain';

export type Invoke = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/**
 * Calls a contract method from inside the core exactly as a screen would: the contract's input schema, then the
 * method's handler, so a scenario's records go through the same checks, services, guard and ops as typed ones.
 */
export const createInvoke =
  (handlers: () => Handlers): Invoke =>
  async <M extends MethodName>(method: M, input: MethodInput<M>) => {
    const parsed = methods[method].input.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConcordError('invalid_input', `${method}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid input'}`);
    }
    const handler = handlers()[method] as Handler<M>;
    return handler(parsed.data as ParsedInput<M>);
  };
