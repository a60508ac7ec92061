import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { incidentCreateInput, incidentSchema, incidentUpdateInput } from '../domain/incident';
import { entityNames } from '../domain/entities';
import { method } from './define';

export const incidentMethods = {
  'incident:create': method(incidentCreateInput, incidentSchema, 'Open a new incident, real or exercise.'),
  'incident:list': method(z.object({}).strict(), z.array(incidentSchema), 'Every incident this console holds, newest first.', { reads: ['incident'] }),
  'incident:get': method(z.object({ id: idSchema }), incidentSchema, 'One incident with its current situation.', { reads: ['incident'] }),
  'incident:update': method(incidentUpdateInput, incidentSchema, 'Change situation fields; each change is logged.'),
  'incident:stateHash': method(
    z.object({ id: idSchema }),
    z.object({ hash: z.string(), ops: z.number().int() }),
    'A hash over the incident projections: equal on any two consoles holding the same ops.',
    { reads: entityNames },
  ),
};
