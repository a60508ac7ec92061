import { z } from 'zod';
import { idSchema, instantSchema } from './ids';

/**
 * An operational period: the EOC works in shifts of fixed objectives (the guide's "operational period"), each led by
 * one person and closed only once its lead has written the handover note and its situation report exists.
 */
export const periodFieldsSchema = z.object({
  /** 1, 2, … per incident, in the order the periods were started. */
  number: z.number().int().positive(),
  startedAt: instantSchema,
  plannedEndAt: instantSchema,
  /** The incident's priorities this period works on: its objectives come from them, never typed twice. */
  objectiveIds: z.array(idSchema).max(20),
  leadId: idSchema,
  /** The outgoing lead's note to the incoming one. */
  handoverNote: z.string().trim().max(8000),
  closedAt: instantSchema.nullable(),
  closedBy: z.string().max(64).nullable(),
});
export type PeriodFields = z.infer<typeof periodFieldsSchema>;

export const periodSchema = periodFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  leadName: z.string().nullable(),
  objectives: z.array(z.object({ id: idSchema, title: z.string() })),
  /** How many situation reports were generated for it. */
  reports: z.number().int(),
});
export type Period = z.infer<typeof periodSchema>;

export const periodStartInput = z.object({
  incidentId: idSchema,
  plannedEndAt: instantSchema,
  objectiveIds: z.array(idSchema).max(20),
  leadId: idSchema,
  /**
   * When the period began, if before now: a shift already under way when it is recorded (an exercise loaded with
   * its history). Never in the future, nor before the start of the period it closes.
   */
  startedAt: instantSchema.optional(),
});
export const periodHandoverInput = z.object({ id: idSchema, handoverNote: z.string().trim().min(1).max(8000) });
export const periodListOutput = z.object({ periods: z.array(periodSchema) });
export const periodCurrentOutput = z.object({ period: periodSchema.nullable() });
