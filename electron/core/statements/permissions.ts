import type { Op } from '../../../shared/domain/op';
import type { TransitionKind } from '../../../shared/domain/statement';
import { mayAct, type Action } from '../../../shared/rules/permissions';
import type { Db } from '../db/open';
import { rolesHeldAt } from '../roster/authority';

const transitionNeeds: Record<TransitionKind, Action> = {
  'request-review': 'draftStatements',
  approve: 'approveStatements',
  publish: 'publishStatements',
  withdraw: 'publishStatements',
};

/** What each statement record needs from the permission table; the roster's permission guard reads this map. */
export const statementPermissionRules: Record<string, (op: Op) => Action | null> = {
  statement: () => 'draftStatements',
  statementVariant: () => 'draftStatements',
  statementRevision: () => 'draftStatements',
  statementComment: () => 'postUpdates',
  statementApproval: () => 'approveStatements',
  statementTransition: (op) => transitionNeeds[op.fields.kind as TransitionKind],
};

/** The one call into the permission table: did the op's author hold a role granting `action` when the op was made? */
export const heldAt = (db: Db, op: Op, action: Action): boolean =>
  mayAct(
    rolesHeldAt(db, op.incidentId, op.author, op.hlc).map((r) => r.kind),
    action,
  );
