import type { StatementStatus, TransitionKind } from '../domain/statement';
import { statementStatuses } from '../domain/statement';

/**
 * The status of a statement is derived from its signed transitions, never stored: it is the join (maximum) of the
 * ranks the transitions reached, in the chain draft < in review < approved < published < withdrawn. Max is
 * commutative, associative and idempotent, so consoles that hold the same transitions agree on the status in
 * whatever order they arrived, and adding a transition can only keep it or move it forward: sync cannot take a
 * published statement back to approved, nor bring a withdrawn one back.
 */
const reached: Record<TransitionKind, StatementStatus> = {
  'request-review': 'in-review',
  approve: 'approved',
  publish: 'published',
  withdraw: 'withdrawn',
};

export const statusRank = (status: StatementStatus): number => statementStatuses.indexOf(status);

export const joinStatus = (a: StatementStatus, b: StatementStatus): StatementStatus => (statusRank(a) >= statusRank(b) ? a : b);

export const deriveStatus = (kinds: Iterable<TransitionKind>): StatementStatus => {
  let status: StatementStatus = 'draft';
  for (const kind of kinds) status = joinStatus(status, reached[kind]);
  return status;
};
