import { z } from 'zod';
import { roleKinds } from '../rules/permissions';
import { idSchema, instantSchema, nonEmptyText } from './ids';

/**
 * Procedures prepared "in times of peace" (guide for cities, chapter 3): a playbook is a checklist copied into an
 * incident, each item due at an offset from the incident's start and owned by a role, ticked, marked not applicable
 * or linked to the record that fulfils it.
 */
export const builtInPlaybookIds = ['first-72-hours'] as const;
export type BuiltInPlaybookId = (typeof builtInPlaybookIds)[number];

export const itemStates = ['open', 'done', 'not applicable'] as const;
export type ItemState = (typeof itemStates)[number];

/** The records of the incident that can fulfil an item. */
export const linkKinds = ['task', 'decision', 'statement'] as const;
export type LinkKind = (typeof linkKinds)[number];
export const itemLinkSchema = z.object({ kind: z.enum(linkKinds), id: idSchema });
export type ItemLink = z.infer<typeof itemLinkSchema>;

/** Three days: the playbook covers the first 72 hours, and a custom item is due within them. */
export const PLAYBOOK_SPAN_MINUTES = 72 * 60;

export const playbookFieldsSchema = z.object({
  title: nonEmptyText(200),
  /** The built-in playbook it was copied from, or "custom". */
  source: z.union([z.enum(builtInPlaybookIds), z.literal('custom')]),
});

export const playbookItemFieldsSchema = z.object({
  playbookId: idSchema,
  text: nonEmptyText(300),
  /** Where in the guide it comes from: a short quote or paraphrase and the chapter. */
  guidance: z.string().trim().max(600),
  offsetMinutes: z.number().int().min(0).max(PLAYBOOK_SPAN_MINUTES),
  ownerRole: z.enum(roleKinds),
  state: z.enum(itemStates),
  stateNote: z.string().trim().max(500),
  doneAt: instantSchema.nullable(),
  doneBy: z.string().nullable(),
  link: itemLinkSchema.nullable(),
  /** Its place in the list; `order` is an SQL keyword the projector does not quote. */
  position: z.number().int().min(0),
});
export type PlaybookItemFields = z.infer<typeof playbookItemFieldsSchema>;

/** The built-in resource: items in the guide's order, each with its source line. */
export const builtInPlaybookSchema = z.object({
  id: z.enum(builtInPlaybookIds),
  title: nonEmptyText(200),
  items: z
    .array(
      playbookItemFieldsSchema
        .pick({ text: true, guidance: true, offsetMinutes: true, ownerRole: true })
        /** A name for the item that stays when its wording changes: what a scenario or a template points at. */
        .extend({ key: z.string().regex(/^[a-z0-9-]+$/) }),
    )
    .min(1)
    .max(100)
    .refine((items) => new Set(items.map((i) => i.key)).size === items.length, 'item keys are unique'),
});
export type BuiltInPlaybook = z.infer<typeof builtInPlaybookSchema>;

/** The time bands the view groups items by, each up to its last minute from the incident's start. */
export const timeBands = [
  { id: 'first-hour', label: 'First hour', until: 60 },
  { id: 'first-12-hours', label: 'First 12 hours', until: 12 * 60 },
  { id: 'first-day', label: 'First day', until: 24 * 60 },
  { id: 'days-2-3', label: 'Days 2–3', until: PLAYBOOK_SPAN_MINUTES },
] as const;
export type TimeBand = (typeof timeBands)[number];
const lastBand: TimeBand = timeBands[3];
export const bandOf = (offsetMinutes: number): TimeBand => timeBands.find((b) => offsetMinutes <= b.until) ?? lastBand;

export const linkedRecordSchema = itemLinkSchema.extend({ title: z.string(), status: z.string() });

export const playbookItemSchema = playbookItemFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  /** The incident's start plus the item's offset. */
  dueAt: instantSchema,
  /** Computed from the console's clock: open and past due. */
  overdue: z.boolean(),
  doneByName: z.string().nullable(),
  /** The record the link names, as it stands now; null without a link. */
  linked: linkedRecordSchema.nullable(),
});
export type PlaybookItem = z.infer<typeof playbookItemSchema>;

export const playbookSummarySchema = playbookFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  total: z.number().int(),
  open: z.number().int(),
  done: z.number().int(),
  notApplicable: z.number().int(),
  overdue: z.number().int(),
});
export type PlaybookSummary = z.infer<typeof playbookSummarySchema>;

export const playbookAdoptInput = z.object({ incidentId: idSchema, playbook: z.enum(builtInPlaybookIds) });
export const playbookListInput = z.object({ incidentId: idSchema });
export const playbookListOutput = z.object({ playbooks: z.array(playbookSummarySchema) });
export const playbookItemsInput = z.object({ playbookId: idSchema });
export const playbookItemsOutput = z.object({ playbook: playbookSummarySchema, items: z.array(playbookItemSchema) });
export type PlaybookItems = z.infer<typeof playbookItemsOutput>;

const note = z.string().trim().max(500);
export const playbookTickInput = z.object({ id: idSchema, note: note.default('') });
/** Setting an item aside or opening it again says why. */
export const playbookNotedInput = z.object({ id: idSchema, note: nonEmptyText(500) });
export const playbookLinkInput = z.object({ id: idSchema, link: itemLinkSchema.nullable() });
export const playbookAddItemInput = playbookItemFieldsSchema
  .pick({ playbookId: true, text: true, offsetMinutes: true, ownerRole: true })
  .extend({ guidance: z.string().trim().max(600).default('') });
