import { z } from 'zod';
import { idSchema, instantSchema } from './ids';
import { pagingInput } from './paging';
import { promiseMadeInput } from './promise';
import { protectionRiskLevels, type ProtectionRiskLevel } from './protection';

/**
 * The methods of the city-led response guide's community engagement chapter: going to the communities (a visit),
 * a call, a meeting, public meetings and open houses, and a representative working group.
 */
export const engagementKinds = ['visit', 'call', 'meeting', 'open house', 'working group'] as const;
/** The "temperature check" trusted entry points give on how a community is responding, calmest first. */
export const temperatures = ['calm', 'uneasy', 'tense', 'hostile'] as const;
export type Temperature = (typeof temperatures)[number];
export const trends = ['improving', 'steady', 'worsening'] as const;
export type Trend = (typeof trends)[number];

/**
 * How often a community's temperature must be taken, by its risk level. A critical community can turn within an
 * afternoon (a rumour, a call to gather at the mosque), so three checks in a 12-hour operational period; a high one
 * once a period; an elevated one daily; a low one every three days, so none drops out of sight.
 */
export const checkIntervalHours: Record<ProtectionRiskLevel, number> = { critical: 4, high: 12, elevated: 24, low: 72 };

const ids = z.array(idSchema).max(20);
const text = (max: number) => z.string().trim().max(max);

export const engagementFieldsSchema = z.object({
  /** The protection need of the community engaged (a community, not a site). */
  needId: idSchema,
  kind: z.enum(engagementKinds),
  at: instantSchema,
  /** Roster people who took part. */
  participantIds: ids,
  /** Who from the community took part, in words everyone may read. */
  communityParticipants: text(500),
  /** The trusted entry points engaged: actors of the incident. */
  entryPointIds: ids,
  temperature: z.enum(temperatures),
  trend: z.enum(trends),
  concerns: text(2000),
  needs: text(2000),
  /** Rumours heard in the community. */
  rumourIds: ids,
  notes: text(2000),
});
export type EngagementFields = z.infer<typeof engagementFieldsSchema>;

export const engagementSchema = engagementFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  createdAt: instantSchema,
  needName: z.string().nullable(),
  /** How many promises were made in it. */
  promisesMade: z.number().int(),
});
export type Engagement = z.infer<typeof engagementSchema>;

const optionalFields = { at: true, participantIds: true, communityParticipants: true, entryPointIds: true, concerns: true, needs: true, rumourIds: true, notes: true } as const;

/** An engagement and the promises made in it, recorded together: the promises' community is the engagement's. */
export const engagementRecordInput = engagementFieldsSchema
  .partial(optionalFields)
  .extend({ incidentId: idSchema, promises: z.array(promiseMadeInput).max(20).default([]) });
export type EngagementRecordInput = z.output<typeof engagementRecordInput>;

/** The community an engagement was held with stays: its promises were made to that community. */
export const engagementUpdateInput = z.object({
  id: idSchema,
  changes: engagementFieldsSchema
    .omit({ needId: true })
    .partial()
    .refine((c) => Object.keys(c).length > 0, 'no field to change'),
});

export const engagementListInput = z.object({ incidentId: idSchema, needId: idSchema.optional(), ...pagingInput, dir: z.enum(['asc', 'desc']).default('desc') });
export const engagementListOutput = z.object({ engagements: z.array(engagementSchema), total: z.number().int() });

export const temperaturePointSchema = z.object({ at: instantSchema, temperature: z.enum(temperatures) });

export const communityTemperatureSchema = z.object({
  needId: idSchema,
  name: z.string(),
  riskLevel: z.enum(protectionRiskLevels),
  caseManagerId: idSchema.nullable(),
  caseManagerName: z.string().nullable(),
  entryPoints: z.array(z.object({ id: idSchema, name: z.string() })),
  /** The latest engagement's; null before the first. */
  temperature: z.enum(temperatures).nullable(),
  trend: z.enum(trends).nullable(),
  /** The latest engagement, or the need's last contact if that is later; null if neither. */
  lastCheckedAt: instantSchema.nullable(),
  checkIntervalHours: z.number(),
  /** When the next check is due: the interval after the last check, or after the need was recorded. */
  checkDueAt: instantSchema,
  checkOverdue: z.boolean(),
  openPromises: z.number().int(),
  overduePromises: z.number().int(),
  /** Every engagement's temperature, oldest first. */
  series: z.array(temperaturePointSchema),
});
export type CommunityTemperature = z.infer<typeof communityTemperatureSchema>;

export const temperaturesOutput = z.object({ communities: z.array(communityTemperatureSchema) });
export type Temperatures = z.infer<typeof temperaturesOutput>;
