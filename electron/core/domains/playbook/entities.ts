import type { z } from 'zod';
import type { Op } from '../../../../shared/domain/op';
import { playbookFieldsSchema, playbookItemFieldsSchema } from '../../../../shared/domain/playbook';
import { roleKindLabels, type RoleKind } from '../../../../shared/rules/permissions';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { defineEntity, type Need } from '../../kernel/ops/entities';
import { refuse } from '../../kernel/ops/verdict';

/** What ticking, setting aside, reopening and linking change; anything else reshapes the plan. */
const stateFields: ReadonlySet<string> = new Set(['state', 'stateNote', 'doneAt', 'doneBy', 'link']);

/**
 * The plan is the commander's, as the priorities are (guide for mayors, chapter 3: "identify priorities"): adopting a
 * playbook or adding and reshaping its items needs `setPriorities`. Ticking an item needs `postUpdates`, which every
 * role but the observer holds: whoever did the thing ticks it and the log names them; tying the tick to the item's
 * owner role would have the judge remember every item's owner, and keep a liaison from ticking what the
 * spokesperson asked them to do.
 */
function itemNeed(op: Op): Need {
  if (op.action === 'set' && Object.keys(op.fields).every((f) => stateFields.has(f))) return 'postUpdates';
  return 'setPriorities';
}

/**
 * A state carries its stamps, from the op alone, on every console: done names its author and time, and no one ticks
 * in someone else's name; open or set aside clears them; set aside says why.
 */
function checkState(op: Op): void {
  const f = op.fields;
  if (f.state === undefined) return;
  if (f.state === 'done') {
    if (f.doneBy !== op.author || typeof f.doneAt !== 'string') refuse('forbidden', 'a playbook item is ticked by whoever records it, with the time, never in someone else’s name');
  } else if (f.doneBy !== null || f.doneAt !== null) {
    refuse('invalid_input', `a playbook item marked ${textOf(f.state)} carries no “done by” or “done at”`);
  }
  if (f.state === 'not applicable' && (typeof f.stateNote !== 'string' || f.stateNote.trim() === '')) refuse('invalid_input', 'a playbook item marked not applicable says why');
}

const labels: Record<string, string> = { offsetMinutes: 'offset (minutes)', ownerRole: 'owner role', stateNote: 'note', doneAt: 'done at', doneBy: 'done by' };

const describeItem = (op: Op): string => {
  const f = op.fields;
  if (op.action === 'add') return `Playbook item added: “${textOf(f.text)}” (${roleKindLabels[f.ownerRole as RoleKind] ?? textOf(f.ownerRole)}, ${textOf(f.offsetMinutes)} min after the start)`;
  if (f.state !== undefined) return `Playbook item marked ${textOf(f.state)}${typeof f.stateNote === 'string' && f.stateNote ? `: ${f.stateNote}` : ''}`;
  if (f.link !== undefined && Object.keys(f).length === 1) {
    return f.link && typeof f.link === 'object' && !Array.isArray(f.link) ? `Playbook item linked to a ${textOf(f.link.kind)}` : 'Playbook item unlinked';
  }
  return `Playbook item ${describeFields(f, labels)}`;
};

export const playbookEntity = defineEntity({
  name: 'playbook',
  table: 'playbooks',
  mode: 'lww',
  fields: { title: 'text', source: 'text' },
  schema: playbookFieldsSchema,
  describe: (op) => (op.action === 'add' ? `Playbook adopted: “${textOf(op.fields.title)}”` : `Playbook ${describeFields(op.fields, {})}`),
  rule: { need: () => 'setPriorities' },
});

export const playbookItemEntity = defineEntity({
  name: 'playbookItem',
  table: 'playbook_items',
  mode: 'lww',
  fields: {
    playbookId: 'text',
    text: 'text',
    guidance: 'text',
    offsetMinutes: 'number',
    ownerRole: 'text',
    state: 'text',
    stateNote: 'text',
    doneAt: 'text',
    doneBy: 'text',
    link: 'json',
    position: 'number',
  },
  schema: playbookItemFieldsSchema,
  describe: describeItem,
  rule: { need: itemNeed, check: checkState },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    playbook: z.input<typeof playbookFieldsSchema>;
    playbookItem: z.input<typeof playbookItemFieldsSchema>;
  }
}
