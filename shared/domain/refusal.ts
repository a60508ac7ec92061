import { z } from 'zod';
import { idSchema, instantSchema } from './ids';
import { logEntrySchema } from './log';

const deviceIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * Which check refused an edit, decided by the judge where it refused it (never read back from the reason's words):
 * its author held no role allowing it, it was not signed by its author's own key, its console was revoked before
 * it, or it broke a rule of the record it touched.
 */
export const refusalKinds = ['no role', 'not their signature', 'revoked console', 'rule of the record'] as const;
export const refusalKindSchema = z.enum(refusalKinds);
export type RefusalKind = z.infer<typeof refusalKindSchema>;

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
  kind: refusalKindSchema,
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
