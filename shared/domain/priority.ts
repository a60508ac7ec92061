import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';

export const priorityVisibilities = ['internal', 'public'] as const;
export const priorityVisibilitySchema = z.enum(priorityVisibilities);

export const priorityFieldsSchema = z.object({
  title: nonEmptyText(200),
  rationale: z.string().trim().max(2000),
  /** Public priorities are the ones a statement may quote; internal ones stay in the room. */
  visibility: priorityVisibilitySchema,
});
export type PriorityFields = z.infer<typeof priorityFieldsSchema>;

export const prioritySchema = priorityFieldsSchema.extend({
  id: idSchema,
  /** Fractional index: the list is ordered by (rank, id), so concurrent moves on two consoles converge. */
  rank: z.string(),
  createdAt: instantSchema,
  createdBy: z.string(),
});
export type Priority = z.infer<typeof prioritySchema>;

const inIncident = { incidentId: idSchema };

export const priorityInputs = {
  list: z.object(inIncident),
  add: priorityFieldsSchema.partial({ rationale: true, visibility: true }).extend(inIncident),
  update: z.object({
    ...inIncident,
    id: idSchema,
    changes: priorityFieldsSchema.partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
  }),
  /** Moves a priority to `toIndex` in the list as this console shows it (0 is the top). */
  move: z.object({ ...inIncident, id: idSchema, toIndex: z.number().int().min(0) }),
  remove: z.object({ ...inIncident, id: idSchema }),
};

export const decisionSchema = z.object({
  id: idSchema,
  what: z.string(),
  why: z.string(),
  priorityIds: z.array(idSchema),
  /** The priorities' titles when the decision was taken, so the record reads the same after a priority changes. */
  priorityTitles: z.array(z.string()),
  noPriorityReason: z.string().nullable(),
  decidedAt: instantSchema,
  decidedBy: z.string(),
  decidedByName: z.string(),
  deviceId: z.string(),
  hash: z.string(),
  /** Whether the public may hear of it: only publishable decisions go into a transparency update. */
  publishable: z.boolean(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const decisionInputs = {
  list: z.object(inIncident),
  record: z
    .object({
      ...inIncident,
      what: nonEmptyText(2000),
      why: z.string().trim().max(4000).default(''),
      priorityIds: z.array(idSchema).max(20).default([]),
      noPriorityReason: z.string().trim().max(2000).default(''),
      /** May the public hear of it (a transparency update tells it); not when absent. */
      publishable: z.boolean().optional(),
    })
    .refine((d) => d.priorityIds.length > 0 || d.noPriorityReason.length > 0, {
      message: 'a decision serves at least one priority, or says why it serves none',
      path: ['priorityIds'],
    }),
  verify: z.object(inIncident),
};

export const decisionProblemSchema = z.object({
  decisionId: z.string(),
  deviceId: z.string(),
  problem: z.enum(['altered', 'removed', 'unrecorded']),
  detail: z.string(),
});

export const decisionVerifyOutput = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  problems: z.array(decisionProblemSchema),
});
