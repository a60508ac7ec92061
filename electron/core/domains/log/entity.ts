import { z } from 'zod';
import { defineEntity } from '../../kernel/ops/entities';
import { textOf } from '../../kernel/ops/describe';

const logNoteSchema = z.object({ text: z.string().min(1).max(4000) });

/** A free-text line a person writes into the log; append-only like every log record. */
export const logNoteEntity = defineEntity({
  name: 'logNote',
  table: 'log_notes',
  mode: 'append',
  fields: { text: 'text' },
  schema: logNoteSchema,
  describe: (op) => `Note: ${textOf(op.fields.text)}`,
  rule: { need: () => 'postUpdates' },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    logNote: z.input<typeof logNoteSchema>;
  }
}
