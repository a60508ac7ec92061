import { useMutation } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { useConsole } from '../store';
import { selectIncidentId } from '../store/ui-slice';
import { call } from './client';
import { expectEcho, settleEcho } from './echo';
import { refetchReads } from './invalidate';

/** A write the core refused, or could not be reached for (`unavailable`): the mutation's error, with the core's reason. */
export class Refusal extends Error {
  readonly code: ApiError['code'];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
  }
}

export interface MutationOptions<M extends MethodName> {
  /**
   * Where a refusal is shown. `page` (the default): the page's alert area, for a control no form owns (a drag, a
   * status menu, a row button). `form`: the caller puts `error` in a FormError beside its controls.
   */
  shownIn?: 'page' | 'form';
  /** Puts the answer where the screen reads it, so nothing is fetched again for it. */
  onSuccess?: (value: MethodOutput<M>, input: MethodInput<M>) => void;
  /** Reads the answer brings up to date: this write's own change event does not fetch them again. */
  covers?: readonly MethodName[];
}

export interface ConcordMutation<M extends MethodName> {
  /** Runs the write. Answers the core's value, or null once its refusal is shown; never throws. */
  run: (input: MethodInput<M>) => Promise<MethodOutput<M> | null>;
  /** The latest run's refusal, for a form to show (`shownIn: 'form'`); null while it runs and once it succeeds. */
  error: string | null;
  pending: boolean;
  /** Forgets the latest refusal, e.g. when its dialog closes. */
  reset: () => void;
}

/**
 * The one way a screen changes something. Every write's refusal (`{ ok: false }`, e.g. an observer's drag) or
 * transport failure reaches the operator: the page's alert area, or the form that asked. A refused form keeps what
 * the operator typed: only its `onSuccess` may clear it.
 */
export function useConcordMutation<M extends MethodName>(method: M, options: MutationOptions<M> = {}): ConcordMutation<M> {
  const incidentId = useConsole(selectIncidentId);
  const { shownIn = 'page', onSuccess, covers = [] } = options;
  const mutation = useMutation<MethodOutput<M>, Refusal, MethodInput<M>>({
    mutationKey: [method],
    mutationFn: async (input) => {
      const echo = incidentId ? expectEcho(incidentId, covers) : null;
      const result = await call(method, input);
      const skipped = echo ? settleEcho(echo, result.ok) : [];
      if (skipped.length > 0 && incidentId) void refetchReads(skipped, incidentId);
      if (!result.ok) throw new Refusal(result.error);
      return result.value;
    },
    onSuccess: (value, input) => onSuccess?.(value, input),
    onError: (refusal) => {
      if (shownIn === 'page') useConsole.getState().reportProblem(refusal.message);
    },
  });
  return {
    run: (input) => mutation.mutateAsync(input).catch(() => null),
    error: shownIn === 'form' ? (mutation.error?.message ?? null) : null,
    pending: mutation.isPending,
    reset: mutation.reset,
  };
}
