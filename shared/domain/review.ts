import { z } from 'zod';
import { idSchema, instantSchema } from './ids';
import { priorityVisibilitySchema } from './priority';
import { refusalKindSchema } from './refusal';
import { statementStatuses } from './statement';

/**
 * The after-action report: "whether identified objectives are being supported and expected outcomes met" (guide for
 * cities, monitoring, evaluation and learning), read from the incident's own records. Durations are minutes (one
 * decimal), instants UTC ISO. Its one "now" is the wall time of the newest op the console holds of the incident.
 */
export const reviewInput = z.object({ incidentId: idSchema });

const minutes = z.number();

export const reviewDecisionSchema = z.object({ id: idSchema, at: instantSchema, what: z.string(), decidedByName: z.string() });

/** A decision that serves no priority of the incident as it stands: it said why, or the priorities it served were removed. */
export const unlinkedDecisionSchema = reviewDecisionSchema.extend({
  noPriorityReason: z.string().nullable(),
  /** The titles of the removed priorities it served, as they read when it was taken. */
  priorityTitles: z.array(z.string()),
});

export const servedPrioritySchema = z.object({
  id: idSchema,
  /** 1 for the commander's top priority. */
  rank: z.number().int().min(1),
  title: z.string(),
  visibility: priorityVisibilitySchema,
  decisions: z.array(reviewDecisionSchema),
});

/** From a submission for approval to the approval of one language's text. */
export const approvalTimeSchema = z.object({
  language: z.string(),
  /** The last request for review before the approval; null when the text was approved without one. */
  submittedAt: instantSchema.nullable(),
  approvedAt: instantSchema,
  approverName: z.string(),
  minutes: minutes.nullable(),
});

export const publishedTimesSchema = z.object({
  id: idSchema,
  title: z.string(),
  firstDraftAt: instantSchema,
  publishedAt: instantSchema,
  turnaroundMinutes: minutes,
  approvals: z.array(approvalTimeSchema),
});

/** The middle and the longest of a set of durations, and which statement (and language) took longest. */
export const durationFiguresSchema = z.object({
  count: z.number().int().min(1),
  medianMinutes: minutes,
  longest: z.object({ minutes, statementId: idSchema, title: z.string(), language: z.string().nullable() }),
});

export const unpublishedSchema = z.object({
  id: idSchema,
  title: z.string(),
  status: z.enum(statementStatuses),
  firstDraftAt: instantSchema,
  /** How long it has waited since its first draft, as of the report's "now". */
  waitingMinutes: minutes,
});

/** A public update that came later than the interval the previous one promised, or has not come yet. */
export const lateUpdateSchema = z.object({
  statementId: idSchema,
  title: z.string(),
  publishedAt: instantSchema,
  intervalMinutes: z.number(),
  dueAt: instantSchema,
  /** The next publication; null while it is still awaited. */
  nextPublishedAt: instantSchema.nullable(),
  lateMinutes: minutes,
});

export const reviewRefusalSchema = z.object({
  deviceId: z.string(),
  seq: z.number().int(),
  at: instantSchema,
  author: z.string(),
  authorName: z.string(),
  summary: z.string(),
  kind: refusalKindSchema,
  reason: z.string(),
  /** Whether someone re-entered it under their own authority afterwards. */
  reapplied: z.boolean(),
});

export const lateItemSchema = z.object({ id: idSchema, text: z.string(), dueAt: instantSchema, doneAt: instantSchema.nullable(), lateMinutes: minutes });
export const brokenPromiseSchema = z.object({
  id: idSchema,
  text: z.string(),
  dueAt: instantSchema,
  ownerName: z.string().nullable(),
  /** "not kept" as recorded, or "overdue": still open past its due time. */
  outcome: z.enum(['not kept', 'overdue']),
});

export const afterActionSchema = z.object({
  incidentId: idSchema,
  incidentName: z.string(),
  startedAt: instantSchema,
  /** The HLC of the newest op the report reads, and its wall time: the report's "now". */
  asOf: z.string(),
  asOfTime: instantSchema,
  decisions: z.object({ priorities: z.array(servedPrioritySchema), unlinked: z.array(unlinkedDecisionSchema) }),
  statements: z.object({
    published: z.array(publishedTimesSchema),
    turnaround: durationFiguresSchema.nullable(),
    approval: durationFiguresSchema.nullable(),
    unpublished: z.array(unpublishedSchema),
  }),
  updates: z.object({ publications: z.number().int(), late: z.array(lateUpdateSchema) }),
  refusals: z.object({
    total: z.number().int(),
    byKind: z.array(z.object({ kind: refusalKindSchema, count: z.number().int() })),
    byAuthor: z.array(z.object({ author: z.string(), authorName: z.string(), count: z.number().int() })),
    items: z.array(reviewRefusalSchema),
  }),
  playbook: z.object({ doneLate: z.array(lateItemSchema), overdue: z.array(lateItemSchema) }),
  promises: z.array(brokenPromiseSchema),
});
export type AfterAction = z.infer<typeof afterActionSchema>;
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
export type PublishedTimes = z.infer<typeof publishedTimesSchema>;
export type DurationFigures = z.infer<typeof durationFiguresSchema>;
export type LateUpdate = z.infer<typeof lateUpdateSchema>;
