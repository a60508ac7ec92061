import { z } from 'zod';
import { idSchema } from './ids';

/** Server-side paging for long lists: the renderer asks for a window, never for 10,000 rows at once. */
export const pagingInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  dir: z.enum(['asc', 'desc']).default('asc'),
};

/** A free-text filter; matched with LIKE, so it is kept short. */
export const textFilter = z.string().trim().max(200).optional();

export const countsSchema = z.record(z.string(), z.number().int());

/** A per-day count of an incident, with the console's offset from UTC, so a day is the operators' day, not UTC's. */
export const perDayInput = z.object({
  incidentId: idSchema,
  utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60).default(0),
});
