import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';
import { pagingInput } from './paging';

/**
 * "Promise only what can be delivered" (city-led response guide, community engagement): a promise made to a community
 * or a family is a record with an owner and a due time, so a broken one is seen before the community sees it.
 */
export const promiseStatuses = ['open', 'kept', 'not kept', 'withdrawn'] as const;
export type PromiseStatus = (typeof promiseStatuses)[number];
/** Where a promise was made: at a community engagement, in contact with a family, or elsewhere. */
export const promiseSourceKinds = ['engagement', 'household', 'other'] as const;

export const promiseFieldsSchema = z.object({
  text: nonEmptyText(500),
  /** To whom, in words everyone may read: never a family's name (those stay in the family's sealed record). */
  madeTo: z.string().trim().max(200),
  /** The roster person who keeps it. */
  ownerId: idSchema,
  dueAt: instantSchema,
  /** The community it was made to, if any. */
  needId: idSchema.nullable(),
  sourceKind: z.enum(promiseSourceKinds),
  sourceId: idSchema.nullable(),
  status: z.enum(promiseStatuses),
  outcome: z.string().trim().max(1000),
});
export type PromiseFields = z.infer<typeof promiseFieldsSchema>;

export const promiseSchema = promiseFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  createdAt: instantSchema,
  ownerName: z.string().nullable(),
  needName: z.string().nullable(),
  /** Computed from the console's clock: open and past due. */
  overdue: z.boolean(),
});
export type PromiseRecord = z.infer<typeof promiseSchema>;

/** What a promise needs when it is made; where it was made is set by the record that makes it. */
export const promiseMadeInput = promiseFieldsSchema.pick({ text: true, madeTo: true, ownerId: true, dueAt: true }).partial({ madeTo: true });
export type PromiseMade = z.infer<typeof promiseMadeInput>;

export const promiseCreateInput = promiseMadeInput.extend({ incidentId: idSchema, needId: idSchema.nullable().optional() });
export const promiseUpdateInput = z.object({
  id: idSchema,
  changes: promiseFieldsSchema
    .pick({ text: true, madeTo: true, ownerId: true, dueAt: true, status: true, outcome: true })
    .partial()
    .refine((c) => Object.keys(c).length > 0, 'no field to change'),
});

export const promiseListInput = z.object({
  incidentId: idSchema,
  statuses: z.array(z.enum(promiseStatuses)).max(4).optional(),
  overdueOnly: z.boolean().default(false),
  needId: idSchema.optional(),
  sourceId: idSchema.optional(),
  ...pagingInput,
});
export const promiseListOutput = z.object({
  promises: z.array(promiseSchema),
  total: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
});
export type PromiseList = z.infer<typeof promiseListOutput>;
