import { z } from 'zod';
import { idSchema } from '../../../../shared/domain/ids';
import { defineEntity } from '../../kernel/ops/entities';
import { checkDecisionOp } from './chain';
import { priorityFacts } from '../priority';
import { textOf } from '../../kernel/ops/describe';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const decisionSchema = z.object({
  what: z.string().min(1).max(2000),
  why: z.string().max(4000),
  priorityIds: z.array(idSchema).max(20),
  priorityTitles: z.array(z.string().max(200)).max(20),
  noPriorityReason: z.string().max(2000).nullable(),
  prevHash: z.union([hex64, z.literal('')]),
  hash: hex64,
  /** Absent on decisions recorded before it existed: those are not publishable. */
  publishable: z.boolean().default(false),
});

/** A decision: append-only, chained per console by `prevHash` so a removed or altered entry shows. */
export const decisionEntity = defineEntity({
  name: 'decision',
  table: 'decisions',
  mode: 'append',
  fields: { what: 'text', why: 'text', priorityIds: 'json', priorityTitles: 'json', noPriorityReason: 'text', prevHash: 'text', hash: 'text', publishable: 'bool' },
  schema: decisionSchema,
  describe: (op) => {
    const titles = Array.isArray(op.fields.priorityTitles) ? op.fields.priorityTitles.map((t) => `“${textOf(t)}”`) : [];
    const serves = titles.length > 0 ? `serves ${titles.join(', ')}` : `serves no priority: ${textOf(op.fields.noPriorityReason ?? '')}`;
    return `Decision: ${textOf(op.fields.what)} (${serves})${op.fields.publishable ? ', publishable' : ''}`;
  },
  rule: {
    need: (op, ledger, at) => {
      checkDecisionOp(op, (id) => ledger.facts(priorityFacts).exists(id, at));
      return 'decide';
    },
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    decision: z.input<typeof decisionSchema>;
  }
}
