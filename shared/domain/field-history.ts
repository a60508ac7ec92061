import { z } from 'zod';
import { idSchema, instantSchema } from './ids';
import { hlcSchema, jsonValueSchema } from './op';

export const fieldHistoryInput = z.object({
  incidentId: idSchema,
  entity: z.string().min(1).max(60),
  entityId: z.string().min(1).max(100),
  field: z.string().min(1).max(60),
});

export const fieldChangeSchema = z.object({
  value: jsonValueSchema,
  hlc: hlcSchema,
  at: instantSchema,
  deviceId: z.string(),
  author: z.string(),
  authorName: z.string(),
  /** The value the record holds now: the greatest (HLC, device id), as every console's merge decides. */
  won: z.boolean(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** Oldest first. */
export const fieldHistoryOutput = z.array(fieldChangeSchema);
