import { z } from 'zod';
import { textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';

const refusalReentrySchema = z.object({ refusedDevice: z.string().regex(/^[0-9a-f]{32}$/), refusedSeq: z.number().int().positive() });

/**
 * "Apply as mine": a refused edit re-entered under the signed-in operator's own authority. Written in the same
 * commit as the re-entered change, so every console shows the refusal as dealt with, by whom and when.
 */
export const refusalReentryEntity = defineEntity({
  name: 'refusalReentry',
  table: 'refusal_reentries',
  mode: 'append',
  fields: { refusedDevice: 'text', refusedSeq: 'number' },
  schema: refusalReentrySchema,
  describe: (op) => `Re-entered a refused edit (${textOf(op.fields.refusedDevice).slice(0, 8)}/${textOf(op.fields.refusedSeq)}) as their own`,
  rule: { need: () => 'postUpdates' },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    refusalReentry: z.input<typeof refusalReentrySchema>;
  }
}
