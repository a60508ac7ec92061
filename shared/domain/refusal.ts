import { z } from 'zod';
import { idSchema, instantSchema } from './ids';
import { logEntrySchema } from './log';

const deviceIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * An edit the judge refused: an authentic op (its console really wrote it) that does not take effect, because its
 * author held no role allowing it at that point, its device was revoked before it, or it breaks a rule of its record.
 * Every console holding the same ops lists the same refused edits with the same reasons.
 */
export const refusedEditSchema = logEntrySchema.extend({
  /** Why it was refused, in words an operator reads. */
  reason: z.string(),
  /** The error code a local commit of the same change would have answered. */
  code: z.string(),
  /** Set once someone re-entered the edit under their own authority ("Apply as mine"). */
  reapplied: z.object({ by: z.string(), byName: z.string(), at: instantSchema }).nullable(),
  /** False for records whose content names their author (decisions, approvals): they are re-entered from their own screen. */
  reapplicable: z.boolean(),
});
export type RefusedEdit = z.infer<typeof refusedEditSchema>;

export const refusalListInput = z.object({
  incidentId: idSchema,
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).max(10_000_000).default(0),
});
export const refusalListOutput = z.object({ entries: z.array(refusedEditSchema), total: z.number().int() });

export const refusalReapplyInput = z.object({ incidentId: idSchema, deviceId: deviceIdSchema, seq: z.number().int().positive() });
