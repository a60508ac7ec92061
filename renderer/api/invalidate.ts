import type { Query } from '@tanstack/react-query';
import { isMethodName, methods, type MethodName } from '../../shared/contract';
import type { EntityName } from '../../shared/domain/entities';
import { queryClient } from './query-client';

const methodOf = (query: Query): MethodName | null => {
  const [method] = query.queryKey;
  return typeof method === 'string' && isMethodName(method) ? method : null;
};

/** The incident a cached read belongs to: the one its input names, else the one open when it was asked (see query.ts). */
function incidentOf(query: Query): string | null {
  const input = query.queryKey[1];
  if (typeof input === 'object' && input !== null && 'incidentId' in input && typeof input.incidentId === 'string') return input.incidentId;
  const open = query.meta?.openIncidentId;
  return typeof open === 'string' ? open : null;
}

const belongsTo = (query: Query, incidentId: string | undefined): boolean => {
  const owner = incidentOf(query);
  return incidentId === undefined || owner === null || owner === incidentId;
};

/**
 * A `data:changed`: every cached read of that incident whose method declares one of `entities` is stale, and read
 * again at once where a screen shows it (later, when shown, elsewhere). `skip`: reads a write of ours already
 * answered. Reads of other incidents, and reads of entities that did not change, are left alone.
 */
export function invalidateChanged(incidentId: string, entities: readonly EntityName[], skip: readonly MethodName[] = []): Promise<void> {
  const changed = new Set(entities);
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const method = methodOf(query);
      if (method === null || skip.includes(method) || !belongsTo(query, incidentId)) return false;
      return methods[method].reads?.some((entity) => changed.has(entity)) ?? false;
    },
  });
}

/** Reads whose staleness no entity tells (a peer connected, a catch-up moved), of one incident or of all. */
export function refetchReads(reads: readonly MethodName[], incidentId?: string): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const method = methodOf(query);
      return method !== null && reads.includes(method) && belongsTo(query, incidentId);
    },
  });
}

/** Everything may have changed unseen (events lost while the link was down, another operator signed in). */
export const refetchAll = (): Promise<void> => queryClient.invalidateQueries();

/** Reads whose answer depends on who is signed in (details sealed to their readers): never left on screen for the next operator. */
const readsAsOperator: readonly MethodName[] = ['support:get', 'support:list'];

/** Drops those reads' answers at once (a reset, not a refetch that shows the old answer meanwhile) and reads them again. */
export const resetOperatorReads = (): Promise<void> =>
  queryClient.resetQueries({
    predicate: (query) => {
      const method = methodOf(query);
      return method !== null && readsAsOperator.includes(method);
    },
  });
