import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';
import { countsSchema, pagingInput, perDayInput, textFilter } from './paging';

/** The four kinds of community of the city-led response guide, "Identifying Vulnerable Communities". */
export const communityKinds = [
  'targeted',
  'perceived as linked to the perpetrator',
  'collaterally affected',
  'at risk of radicalisation',
] as const;
export const siteKinds = ['place of worship', 'school', 'community centre', 'business', 'other'] as const;
export const protectionSubjects = ['community', 'site'] as const;
export const protectionRiskLevels = ['low', 'elevated', 'high', 'critical'] as const;
export const protectionStatuses = ['open', 'mitigated', 'closed'] as const;
export const measureKinds = ['patrol', 'security at gatherings', 'liaison contact', 'shelter', 'trauma support', 'other'] as const;
export const measureStatuses = ['planned', 'in place', 'ended'] as const;
/** Measures that still need someone's attention. */
export const openMeasureStatuses = ['planned', 'in place'] as const;

export type ProtectionRiskLevel = (typeof protectionRiskLevels)[number];
export type ProtectionStatus = (typeof protectionStatuses)[number];
export type MeasureStatus = (typeof measureStatuses)[number];

/** `languages` is read by the statements pipeline to find missing language variants: keep its name and shape. */
export const protectionFieldsSchema = z.object({
  subject: z.enum(protectionSubjects),
  name: nonEmptyText(200),
  communityKind: z.enum(communityKinds).nullable(),
  siteKind: z.enum(siteKinds).nullable(),
  address: z.string().trim().max(300),
  riskLevel: z.enum(protectionRiskLevels),
  languages: z.array(nonEmptyText(60)).max(20),
  notes: z.string().trim().max(2000),
  status: z.enum(protectionStatuses),
  lastContactAt: instantSchema.nullable(),
  lastContactBy: z.string().trim().max(200),
  /**
   * The internal case manager, "a trusted point of contact within the relevant community" (city-led response guide,
   * community engagement): a person of the incident's roster.
   */
  caseManagerId: idSchema.nullable(),
  /** The community's trusted entry points: actors of the incident who give the "temperature check". */
  entryPointIds: z.array(idSchema).max(20),
});
export type ProtectionFields = z.infer<typeof protectionFieldsSchema>;

export const protectionNeedSchema = protectionFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  createdAt: instantSchema,
  openMeasures: z.number().int(),
  backlashReports: z.number().int(),
});
export type ProtectionNeed = z.infer<typeof protectionNeedSchema>;

/** A community names its kind; a site names its kind and address. */
const subjectIsComplete = (n: { subject?: string; communityKind?: string | null; siteKind?: string | null }) =>
  n.subject === 'community' ? Boolean(n.communityKind) : n.subject === 'site' ? Boolean(n.siteKind) : true;

export const protectionCreateInput = protectionFieldsSchema
  .partial({
    communityKind: true,
    siteKind: true,
    address: true,
    languages: true,
    notes: true,
    status: true,
    lastContactAt: true,
    lastContactBy: true,
    caseManagerId: true,
    entryPointIds: true,
  })
  .extend({ incidentId: idSchema })
  .refine(subjectIsComplete, 'a community needs its kind of community, a site its kind of site');
export type ProtectionCreateInput = z.infer<typeof protectionCreateInput>;

export const protectionUpdateInput = z.object({
  id: idSchema,
  changes: protectionFieldsSchema.partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
});

export const protectionContactInput = z.object({ id: idSchema, by: nonEmptyText(200), at: instantSchema.optional() });

export const measureFieldsSchema = z.object({
  kind: z.enum(measureKinds),
  description: z.string().trim().max(1000),
  actorId: idSchema,
  status: z.enum(measureStatuses),
});
export const measureSchema = measureFieldsSchema.extend({
  id: idSchema,
  needId: idSchema,
  actorName: z.string(),
  createdAt: instantSchema,
});
export type Measure = z.infer<typeof measureSchema>;
export const measureCreateInput = measureFieldsSchema.partial({ description: true, status: true }).extend({ needId: idSchema });
export const measureUpdateInput = z.object({
  id: idSchema,
  changes: measureFieldsSchema.partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
});

export const protectionDetailSchema = z.object({ need: protectionNeedSchema, measures: z.array(measureSchema) });

export const protectionSortKeys = ['risk', 'name', 'status', 'lastContact'] as const;
export const protectionListInput = z.object({
  incidentId: idSchema,
  statuses: z.array(z.enum(protectionStatuses)).max(3).optional(),
  riskLevels: z.array(z.enum(protectionRiskLevels)).max(4).optional(),
  text: textFilter,
  sort: z.enum(protectionSortKeys).default('risk'),
  ...pagingInput,
});
export type ProtectionListInput = z.output<typeof protectionListInput>;
export const protectionListOutput = z.object({ needs: z.array(protectionNeedSchema), total: z.number().int() });

export const protectionSummarySchema = z.object({
  /** Needs not closed, per risk level. */
  byRisk: countsSchema,
  byStatus: countsSchema,
  openMeasures: z.number().int(),
  /** The highest-risk needs not closed, for the command view. */
  top: z.array(protectionNeedSchema),
});
export type ProtectionSummary = z.infer<typeof protectionSummarySchema>;

export const backlashKinds = ['verbal abuse', 'harassment', 'threat', 'vandalism', 'assault', 'online hate', 'other'] as const;
export const backlashSources = ['police', 'community report', 'community liaison', 'social media', 'news media', 'other'] as const;

export const backlashFieldsSchema = z.object({
  needId: idSchema,
  occurredAt: instantSchema,
  place: z.string().trim().max(300),
  kind: z.enum(backlashKinds),
  community: z.string().trim().max(200),
  source: z.enum(backlashSources),
  verified: z.boolean(),
  description: z.string().trim().max(2000),
});
export const backlashReportSchema = backlashFieldsSchema.extend({ id: idSchema, incidentId: idSchema, needName: z.string(), reportedAt: instantSchema });
export type BacklashReport = z.infer<typeof backlashReportSchema>;
export const backlashCreateInput = backlashFieldsSchema.partial({ place: true, community: true, description: true, verified: true }).extend({
  incidentId: idSchema,
});
export const backlashListInput = z.object({ incidentId: idSchema, needId: idSchema.optional(), ...pagingInput, dir: z.enum(['asc', 'desc']).default('desc') });
export const backlashListOutput = z.object({ reports: z.array(backlashReportSchema), total: z.number().int() });

export const backlashPerDayInput = perDayInput;
export const backlashPerDaySchema = z.array(z.object({ day: z.string(), verified: z.number().int(), unverified: z.number().int() }));
export type BacklashPerDay = z.infer<typeof backlashPerDaySchema>;
