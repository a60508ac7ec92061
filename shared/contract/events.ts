import { z } from 'zod';
import { storeStatusSchema } from '../domain/store';

/** Events pushed from the core to every screen. Screens refetch what an event names. */
export const events = {
  'store:status': storeStatusSchema,
  'data:changed': z.object({ incidentId: z.string(), entities: z.array(z.string()) }),
};

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];
