import { z } from 'zod';
import { priorityFieldsSchema } from '../../../../shared/domain/priority';
import { defineEntity } from '../../kernel/ops/entities';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { priorityFacts } from './facts';

const textOrNone = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const prioritySchema = priorityFieldsSchema.extend({ rank: z.string().min(1).max(200) });

/** A priority: last-writer-wins per field; its place in the list is a fractional index, `rank`. */
export const priorityEntity = defineEntity({
  name: 'priority',
  table: 'priorities',
  mode: 'lww',
  fields: { title: 'text', rationale: 'text', visibility: 'text', rank: 'text' },
  schema: prioritySchema,
  describe: (op) => {
    if (op.action === 'add') return `Priority: “${textOf(op.fields.title)}” (${textOf(op.fields.visibility)})`;
    if (op.action === 'delete') return 'Priority removed';
    const { rank, ...rest } = op.fields;
    const parts = [Object.keys(rest).length > 0 ? describeFields(rest, { title: 'title', rationale: 'rationale', visibility: 'visibility' }) : '', rank !== undefined ? 'moved' : ''];
    return `Priority: ${parts.filter(Boolean).join('; ')}`;
  },
  rule: {
    need: () => 'setPriorities',
    record: (op, ledger, at) => {
      const facts = ledger.facts(priorityFacts);
      if (op.action === 'add') facts.add(op.entityId, at);
      if (op.action === 'delete') facts.remove(op.entityId, at);
      else facts.set(op.entityId, { title: textOrNone(op.fields.title), visibility: textOrNone(op.fields.visibility) }, at);
    },
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    priority: z.input<typeof prioritySchema>;
  }
}
