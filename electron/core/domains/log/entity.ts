import { z } from 'zod';
import type { EntityDef } from '../../kernel/ops/entities';
import { textOf } from '../../kernel/ops/describe';

/** A free-text line a person writes into the log; append-only like every log record. */
export const logNoteEntity: EntityDef = {
  name: 'logNote',
  table: 'log_notes',
  mode: 'append',
  fields: { text: 'text' },
  schema: z.object({ text: z.string().min(1).max(4000) }),
  describe: (op) => `Note: ${textOf(op.fields.text)}`,
  rule: { need: () => 'postUpdates' },
};
