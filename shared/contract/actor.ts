import { z } from 'zod';
import {
  actorCheckInInput,
  actorCreateInput,
  actorCreateOutput,
  actorListInput,
  actorListOutput,
  actorSchema,
  actorStaleSettingInput,
  actorSummarySchema,
  actorUpdateInput,
} from '../domain/actor';
import { idSchema } from '../domain/ids';
import { method } from './define';

/** The stale flag reads the check-ins and the stale-after setting. */
const actorReads = ['actor', 'actorCheckIn', 'actorSettings'] as const;

export const actorMethods = {
  'actor:create': method(actorCreateInput, actorCreateOutput, 'Add an actor on the ground; answers look-alikes already listed as a warning.'),
  'actor:update': method(actorUpdateInput, actorSchema, 'Change an actor’s fields (status, location, contact…).'),
  'actor:checkIn': method(actorCheckInInput, actorSchema, 'Record a check-in from an actor now.'),
  'actor:get': method(z.object({ id: idSchema }), actorSchema, 'One actor with its stale flag.', { reads: actorReads }),
  'actor:list': method(actorListInput, actorListOutput, 'Actors of an incident, filtered, sorted and paged.', { reads: actorReads }),
  'actor:summary': method(z.object({ incidentId: idSchema }), actorSummarySchema, 'Counts by status and the actors needing attention, stale first.', { reads: actorReads }),
  'actor:setStaleAfter': method(actorStaleSettingInput, z.object({ staleAfterMinutes: z.number().int() }), 'How long without a check-in before an actor is flagged.'),
};
