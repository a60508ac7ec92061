import type { JsonValue, Op } from '../../../../shared/domain/op';
import { ConcordError } from '../../../../shared/result';
import { canonicalJson } from '../../kernel/ops/canonical';
import { sha256Hex } from '../../kernel/ops/signing';

/** What a decision's hash covers: its content, who took it, on which console, and the hash before it. */
export interface DecisionContent {
  incidentId: string;
  id: string;
  deviceId: string;
  author: string;
  what: string;
  why: string;
  priorityIds: string[];
  priorityTitles: string[];
  noPriorityReason: string | null;
  prevHash: string;
  publishable: boolean;
}

/**
 * `publishable` enters the hash only when true, so a decision recorded before the field existed (never publishable)
 * keeps the hash it was chained with, and marking one publishable cannot be undone in the table unseen.
 */
export const decisionHash = ({ publishable, ...c }: DecisionContent): string =>
  sha256Hex(canonicalJson({ ...c, ...(publishable ? { publishable } : {}) } satisfies Record<string, JsonValue>));

/** A text field of a record, or '' when it holds anything else. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

const strings = (v: JsonValue | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A decision op's content as the hash sees it. */
export const contentOfOp = (op: Op): DecisionContent => ({
  incidentId: op.incidentId,
  id: op.entityId,
  deviceId: op.deviceId,
  author: op.author,
  what: str(op.fields.what),
  why: str(op.fields.why),
  priorityIds: strings(op.fields.priorityIds),
  priorityTitles: strings(op.fields.priorityTitles),
  noPriorityReason: typeof op.fields.noPriorityReason === 'string' ? op.fields.noPriorityReason : null,
  prevHash: str(op.fields.prevHash),
  publishable: op.fields.publishable === true,
});

/**
 * Peduto's rule, checked on every decision applied, local or remote: it serves at least one priority of the
 * incident, or says why it serves none; and it carries the hash of its own content.
 */
export function checkDecisionOp(op: Op, priorityExists: (id: string) => boolean): void {
  const c = contentOfOp(op);
  if (c.priorityIds.length === 0 && !c.noPriorityReason?.trim()) {
    throw new ConcordError('invalid_input', 'a decision serves at least one priority, or says why it serves none');
  }
  const unknown = c.priorityIds.find((id) => !priorityExists(id));
  if (unknown) throw new ConcordError('invalid_input', `a decision may only serve priorities of its incident (${unknown} is not one)`);
  if (decisionHash(c) !== op.fields.hash) throw new ConcordError('invalid_input', 'a decision must carry the hash of its own content');
}
