import type { z } from 'zod';
import { correctableStatuses, repeatedPhrase, rumourFieldsSchema } from '../../../../shared/domain/rumour';
import { instantSchema } from '../../../../shared/domain/ids';
import type { Op } from '../../../../shared/domain/op';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';
import { refuse } from '../../kernel/ops/verdict';

const labels: Record<string, string> = {
  firstSeenAt: 'first seen',
  firstSeenWhere: 'first seen where',
  targetNeedIds: 'targets',
  verificationSource: 'source',
  verifiedBy: 'verified by',
  verifiedAt: 'verified at',
  falsePhrases: 'false phrases',
  ownerId: 'owner',
  correctionIds: 'corrections',
};

const rumourSchema = rumourFieldsSchema.extend({ createdAt: instantSchema });

const settles = (status: unknown): boolean => typeof status === 'string' && status !== 'unverified';

/**
 * What must hold of a verdict, from the op alone, on every console: a settled claim names its source and carries the
 * stamps of who settled it and when; the stamp is the op's own author, so no one records a verification in someone
 * else's name; and facts written with the false phrases never repeat one (they lead the correction).
 */
function checkVerdict(op: Op): void {
  const f = op.fields;
  if (f.verifiedBy !== undefined && f.verifiedBy !== null && f.verifiedBy !== op.author) refuse('forbidden', 'a rumour’s verifier is whoever records the verdict, never someone else');
  if (settles(f.status)) {
    if (typeof f.verificationSource !== 'string' || f.verificationSource.trim() === '') refuse('invalid_input', `a rumour marked ${textOf(f.status)} names the source that settles it`);
    if (f.verifiedBy !== op.author || typeof f.verifiedAt !== 'string') refuse('invalid_input', `a rumour marked ${textOf(f.status)} records who verified it and when`);
  }
  if (correctableStatuses.some((s) => s === f.status) && (typeof f.facts !== 'string' || f.facts.trim() === '')) refuse('invalid_input', 'a false or misleading rumour carries the verified facts');
  if (typeof f.facts === 'string' && Array.isArray(f.falsePhrases)) {
    const repeated = repeatedPhrase(f.facts, f.falsePhrases.filter((p): p is string => typeof p === 'string'));
    if (repeated !== undefined) refuse('invalid_input', `the facts repeat the false phrase “${repeated}”`);
  }
}

const verdictLine = (op: Op): string =>
  `Rumour marked ${textOf(op.fields.status)}${op.fields.verificationSource ? ` (source: ${textOf(op.fields.verificationSource)})` : ''}`;

/** The rumour register: claims circulating about the incident, what verification found and the statements that correct them. */
export const rumourEntity = defineEntity({
  name: 'rumour',
  table: 'rumours',
  mode: 'lww',
  fields: {
    claim: 'text',
    firstSeenAt: 'text',
    firstSeenWhere: 'text',
    reach: 'number',
    targetNeedIds: 'json',
    status: 'text',
    verificationSource: 'text',
    verifiedBy: 'text',
    verifiedAt: 'text',
    facts: 'text',
    falsePhrases: 'json',
    ownerId: 'text',
    correctionIds: 'json',
    createdAt: 'text',
  },
  schema: rumourSchema,
  describe: (op) => {
    if (op.action === 'add') return `Rumour recorded: “${textOf(op.fields.claim)}” (reach ${textOf(op.fields.reach)})`;
    if (op.fields.status !== undefined) return verdictLine(op);
    return `Rumour ${describeFields(op.fields, labels)}`;
  },
  rule: { need: () => 'manageRumours', check: (op) => checkVerdict(op) },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    rumour: z.input<typeof rumourSchema>;
  }
}
