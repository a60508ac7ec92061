import { z } from 'zod';
import { idSchema, instantSchema } from './ids';
import { hlcSchema, jsonValueSchema, opActions } from './op';

/** A log entry is an op seen by people: what changed, who did it, when, from which console. */
export const logEntrySchema = z.object({
  incidentId: idSchema,
  deviceId: z.string(),
  seq: z.number().int(),
  hlc: hlcSchema,
  at: instantSchema,
  author: z.string(),
  authorName: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(opActions),
  fields: z.record(z.string(), jsonValueSchema),
  summary: z.string(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

export const logListInput = z.object({
  incidentId: idSchema,
  /** Entries strictly older than this HLC, for paging back through a long log. */
  before: hlcSchema.optional(),
  entities: z.array(z.string()).max(20).optional(),
  text: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
  /** Entries to skip, newest first: how a virtual list reads the page it scrolls to. */
  offset: z.number().int().min(0).max(10_000_000).default(0),
});

export const logListOutput = z.object({ entries: z.array(logEntrySchema), total: z.number().int() });

export const logNoteInput = z.object({ incidentId: idSchema, text: z.string().trim().min(1).max(4000) });
