import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';
import { countsSchema, pagingInput, textFilter } from './paging';

export const actorKinds = [
  'police',
  'fire',
  'medical',
  'national or regional agency',
  'city department',
  'community organisation',
  'faith leader',
  'community liaison',
  'volunteer group',
  'other',
] as const;
export const actorKindSchema = z.enum(actorKinds);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const actorStatuses = ['en route', 'on scene', 'standing by', 'released'] as const;
export const actorStatusSchema = z.enum(actorStatuses);
export type ActorStatus = z.infer<typeof actorStatusSchema>;

/** How long an actor may go without checking in before the console flags it, unless the incident says otherwise. */
export const DEFAULT_STALE_AFTER_MINUTES = 60;

/** What a person fills in about an actor on the ground. */
export const actorFieldsSchema = z.object({
  kind: actorKindSchema,
  name: nonEmptyText(200),
  contact: z.string().trim().max(200),
  /** What they do in this response: "cordon on Mill Street", "interpreting for families". */
  role: z.string().trim().max(500),
  location: z.string().trim().max(300),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  status: actorStatusSchema,
});
export type ActorFields = z.infer<typeof actorFieldsSchema>;

export const actorSchema = actorFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  lastCheckInAt: instantSchema.nullable(),
  /** Computed from the console's clock: not released and no check-in within the incident's stale time. */
  stale: z.boolean(),
  createdAt: instantSchema,
});
export type Actor = z.infer<typeof actorSchema>;

export const actorCreateInput = actorFieldsSchema
  .partial({ contact: true, role: true, location: true, latitude: true, longitude: true, status: true })
  .extend({ incidentId: idSchema });
export type ActorCreateInput = z.infer<typeof actorCreateInput>;

export const possibleDuplicateSchema = z.object({ id: idSchema, name: z.string(), kind: actorKindSchema, reason: z.string() });
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;

/** A look-alike is a warning beside the created actor, not a refusal: two teams may truly share a name. */
export const actorCreateOutput = z.object({ actor: actorSchema, possibleDuplicates: z.array(possibleDuplicateSchema) });

export const actorUpdateInput = z.object({
  id: idSchema,
  changes: actorFieldsSchema.partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
});

/** `at` for a check-in taken by phone or radio a while ago; now by default. */
export const actorCheckInInput = z.object({ id: idSchema, note: z.string().trim().max(500).optional(), at: instantSchema.optional() });

export const actorSortKeys = ['name', 'kind', 'status', 'lastCheckIn'] as const;
export const actorListInput = z.object({
  incidentId: idSchema,
  statuses: z.array(actorStatusSchema).max(actorStatuses.length).optional(),
  kinds: z.array(actorKindSchema).max(actorKinds.length).optional(),
  text: textFilter,
  staleOnly: z.boolean().optional(),
  sort: z.enum(actorSortKeys).default('name'),
  ...pagingInput,
});
export type ActorListInput = z.output<typeof actorListInput>;
export const actorListOutput = z.object({ actors: z.array(actorSchema), total: z.number().int(), staleAfterMinutes: z.number().int() });

export const actorSummarySchema = z.object({
  total: z.number().int(),
  byStatus: countsSchema,
  staleCount: z.number().int(),
  staleAfterMinutes: z.number().int(),
  /** Stale ones first (longest silent first), then the most recently checked in. */
  attention: z.array(actorSchema),
});
export type ActorSummary = z.infer<typeof actorSummarySchema>;

export const actorStaleSettingInput = z.object({ incidentId: idSchema, staleAfterMinutes: z.number().int().min(5).max(24 * 60) });
