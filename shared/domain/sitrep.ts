import { z } from 'zod';
import { idSchema, instantSchema } from './ids';
import { hlcSchema } from './op';

const dayCount = z.object({ day: z.string(), count: z.number().int() });

/**
 * What a situation report holds, in this key order: the report's text is `JSON.stringify` of an object built in
 * this order, so two consoles holding the same ops write the same bytes. Every "now" in it (stale, overdue, per
 * day) is the cut's wall time, every list has a total order ending on id, every instant is UTC ISO with
 * milliseconds. Each item carries the id of the record it comes from.
 */
export const sitrepContentSchema = z.object({
  incidentId: idSchema,
  asOf: hlcSchema,
  asOfTime: instantSchema,
  period: z.object({
    id: idSchema,
    number: z.number().int(),
    startedAt: instantSchema,
    plannedEndAt: instantSchema,
    leadId: idSchema,
    leadName: z.string().nullable(),
    objectives: z.array(z.object({ id: idSchema, title: z.string() })),
    handoverNote: z.string(),
  }),
  situation: z.object({
    name: z.string(),
    kind: z.string(),
    startedAt: z.string(),
    securityRiskLevel: z.string(),
    securityRiskNote: z.string(),
    escalationOutlook: z.string(),
    areaDescription: z.string(),
    operationalPeriod: z.string(),
  }),
  priorities: z.array(z.object({ id: idSchema, title: z.string(), visibility: z.string() })),
  decisions: z.object({
    /** The previous report of the incident these decisions come after, if any. */
    sinceReportId: idSchema.nullable(),
    items: z.array(z.object({ id: idSchema, at: instantSchema, what: z.string(), priorityTitles: z.array(z.string()) })),
  }),
  actors: z.object({
    total: z.number().int(),
    byStatus: z.array(z.object({ status: z.string(), count: z.number().int() })),
    staleAfterMinutes: z.number(),
    stale: z.array(z.object({ id: idSchema, name: z.string(), status: z.string(), lastHeardAt: z.string() })),
  }),
  protection: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      riskLevel: z.string(),
      status: z.string(),
      openMeasures: z.array(z.object({ id: idSchema, kind: z.string(), description: z.string(), status: z.string() })),
    }),
  ),
  backlash: z.object({ total: z.number().int(), perDay: z.array(dayCount) }),
  tasks: z.object({
    open: z.number().int(),
    overdueCount: z.number().int(),
    overdue: z.array(z.object({ id: idSchema, title: z.string(), status: z.string(), dueAt: z.string(), ownerName: z.string().nullable() })),
  }),
  statements: z.object({
    published: z.array(z.object({ id: idSchema, title: z.string(), publishedAt: instantSchema })),
    nextDueAt: instantSchema.nullable(),
  }),
  rumours: z.array(z.object({ id: idSchema, claim: z.string(), status: z.string(), reach: z.number().int() })),
  communities: z.array(
    z.object({ needId: idSchema, name: z.string(), temperature: z.string().nullable(), trend: z.string().nullable(), checkOverdue: z.boolean() }),
  ),
  promises: z.object({
    open: z.number().int(),
    overdue: z.array(z.object({ id: idSchema, text: z.string(), dueAt: z.string(), ownerName: z.string().nullable() })),
  }),
  /** Families and survivors as counts only: a report travels beyond the readers of their sealed details. */
  familyNeeds: z.object({
    households: z.number().int(),
    withoutLiaison: z.number().int(),
    byField: z.array(z.object({ field: z.string(), open: z.number().int(), overdue: z.number().int() })),
  }),
});
export type SitrepContent = z.infer<typeof sitrepContentSchema>;

export const sitrepSchema = z.object({
  id: idSchema,
  incidentId: idSchema,
  periodId: idSchema,
  asOf: hlcSchema,
  /** The canonical JSON text of the report, exactly as signed in the op. */
  content: z.string(),
  hash: z.string(),
  authorName: z.string().nullable(),
});
export type Sitrep = z.infer<typeof sitrepSchema>;

export const sitrepSummarySchema = sitrepSchema.omit({ content: true }).extend({ periodNumber: z.number().int(), asOfTime: instantSchema });
export type SitrepSummary = z.infer<typeof sitrepSummarySchema>;

export const sitrepPeriodInput = z.object({ periodId: idSchema });
export const sitrepPreviewOutput = z.object({ asOf: hlcSchema, content: z.string(), hash: z.string() });
export const sitrepListInput = z.object({ incidentId: idSchema, periodId: idSchema.optional() });
export const sitrepListOutput = z.object({ sitreps: z.array(sitrepSummarySchema) });
