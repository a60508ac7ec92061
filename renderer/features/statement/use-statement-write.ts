import type { MethodInput, MethodName } from '../../../shared/contract';
import type { StatementDetail, StatementSummary } from '../../../shared/domain/statement';
import { statementSummarySchema } from '../../../shared/domain/statement';
import { useConcordMutation, type ConcordMutation, type MutationOptions } from '../../api/mutation';
import { queryClient } from '../../api/query-client';
import { queryKey } from '../../api/query';

type StatementWrite =
  | 'statement:create'
  | 'statement:update'
  | 'statement:setVariant'
  | 'statement:revise'
  | 'statement:comment'
  | 'statement:requestReview'
  | 'statement:approve'
  | 'statement:publish'
  | 'statement:withdraw'
  | 'statement:draftUpdate';

/** Writes that leave the public-update cadence as it was: the statement they answer is all that changed on screen. */
const keepsCadence: ReadonlySet<StatementWrite> = new Set(['statement:setVariant', 'statement:revise', 'statement:comment', 'statement:requestReview', 'statement:approve']);
const answered: readonly MethodName[] = ['statement:get', 'statement:list'];
const answeredWithCadence: readonly MethodName[] = [...answered, 'statement:cadence'];

/** The statement a write answered, put where the workspace and the list read it (a new one first: newest first). */
function showStatement(detail: StatementDetail): void {
  const summary = statementSummarySchema.parse(detail);
  queryClient.setQueryData(queryKey('statement:get', { id: detail.id }), detail);
  queryClient.setQueryData(queryKey('statement:list', { incidentId: detail.incidentId }), (list: StatementSummary[] | undefined) =>
    list?.some((s) => s.id === detail.id) ? list.map((s) => (s.id === detail.id ? summary : s)) : [summary, ...(list ?? [])],
  );
}

/**
 * A statement action: its answer, the whole statement, is shown at once in the workspace and the list, so an
 * approval costs its own call and none to read the statement again.
 */
export function useStatementWrite<M extends StatementWrite>(
  method: M,
  options: Pick<MutationOptions<M>, 'shownIn'> & { onDone?: (detail: StatementDetail, input: MethodInput<M>) => void } = {},
): ConcordMutation<M> {
  return useConcordMutation(method, {
    shownIn: options.shownIn,
    covers: keepsCadence.has(method) ? answeredWithCadence : answered,
    onSuccess: (detail, input) => {
      showStatement(detail);
      options.onDone?.(detail, input);
    },
  });
}
