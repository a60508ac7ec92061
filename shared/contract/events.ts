import { z } from 'zod';
import { entityNames } from '../domain/entities';
import { storeStatusSchema } from '../domain/store';
import { catchUpSchema } from '../domain/sync';

/** Events pushed from the core to every screen. Screens refetch what an event names. */
export const events = {
  'store:status': storeStatusSchema,
  /** Ops of these entities were stored: every read that declares one of them is stale. */
  'data:changed': z.object({ incidentId: z.string(), entities: z.array(z.enum(entityNames)) }),
  /** A batch from a peer was applied: how far the catch-up of this incident has come. */
  'sync:progress': catchUpSchema.extend({ incidentId: z.string() }),
  /** A peer of this incident connected or left. */
  'sync:peers': z.object({ incidentId: z.string() }),
};

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];
