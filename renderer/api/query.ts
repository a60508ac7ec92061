import { keepPreviousData, skipToken, useQueries, useQuery, type QueryFunction } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput, Methods } from '../../shared/contract';
import type { ApiError, Result } from '../../shared/result';
import { useConsole } from '../store';
import { selectIncidentId } from '../store/ui-slice';
import { call } from './client';
import { queryClient } from './query-client';

/** The methods that read: only these are cached (a write declares no `reads`, so it cannot be asked here). */
export type ReadMethod = { [M in MethodName]: Methods[M]['reads'] extends null ? never : M }[MethodName];

/** Where a read's answer is cached: by method and input, nothing else, so a write can put its answer there. */
export const queryKey = <M extends ReadMethod>(method: M, input: MethodInput<M>) => [method, input] as const;

/** The incident a read belongs to when its input names none (`protection:get` by id): the one open when it was asked. */
export interface ReadMeta extends Record<string, unknown> {
  openIncidentId: string | null;
}

/** The core answered a read with a refusal or could not be reached: the screen shows the message. */
export class ReadFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const readFn =
  <M extends ReadMethod>(method: M, input: MethodInput<M>): QueryFunction<MethodOutput<M>> =>
  async () => {
    const result = await call(method, input);
    if (!result.ok) throw new ReadFailure(result.error);
    return result.value;
  };

/** How one read is cached and asked, the same for a screen's hook, a page of a list and a click. */
export const readQuery = <M extends ReadMethod>(method: M, input: MethodInput<M>, openIncidentId: string | null) => ({
  queryKey: queryKey(method, input),
  queryFn: readFn(method, input),
  meta: { openIncidentId } satisfies ReadMeta,
});

export interface ConcordQuery<T> {
  data: T | undefined;
  /** Why the latest read failed; the last answer, if any, stays in `data`. */
  error: string | null;
  reload: () => void;
}

export interface ConcordQueryOptions {
  /** Read again this often while shown: for what moves without a change event (a peer's lag, last seen). */
  refetchInterval?: number;
  /** Keep showing the previous input's answer until the new one arrives (a check re-run as the operator types). */
  keepPrevious?: boolean;
}

/**
 * Reads `method` for `input` (null: nothing to read yet, e.g. no incident open) from the one cache, and reads it
 * again whenever a `data:changed` names an entity the method declares it reads (see invalidate.ts).
 */
export function useConcordQuery<M extends ReadMethod>(method: M, input: MethodInput<M> | null, options: ConcordQueryOptions = {}): ConcordQuery<MethodOutput<M>> {
  const openIncidentId = useConsole(selectIncidentId);
  const query = useQuery<MethodOutput<M>, ReadFailure>({
    ...(input === null ? { queryKey: [method, null], queryFn: skipToken } : readQuery(method, input, openIncidentId)),
    refetchInterval: options.refetchInterval,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  return { data: query.data, error: query.error?.message ?? null, reload: () => void query.refetch() };
}

/** One read per input (a check per language), each cached and made stale like a single one: their answers so far. */
export function useConcordReads<M extends ReadMethod>(method: M, inputs: readonly MethodInput<M>[]): (MethodOutput<M> | undefined)[] {
  const openIncidentId = useConsole(selectIncidentId);
  return useQueries({ queries: inputs.map((input) => readQuery(method, input, openIncidentId)) }).map((read) => read.data);
}

/** Input for reads of the open incident: null (read nothing) while none is open. */
export function useIncidentInput<T extends object>(input: T): (T & { incidentId: string }) | null {
  const incidentId = useConsole(selectIncidentId);
  return incidentId === null ? null : { ...input, incidentId };
}

/** A read a click asks for (an export to download): asked now whatever the cache holds, and cached like any other. */
export async function fetchRead<M extends ReadMethod>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  try {
    const read = readQuery(method, input, useConsole.getState().incidentId);
    return { ok: true, value: await queryClient.query({ ...read, staleTime: 0 }) };
  } catch (failure) {
    if (failure instanceof ReadFailure) return { ok: false, error: failure.error };
    throw failure;
  }
}
