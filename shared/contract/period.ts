import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { periodCurrentOutput, periodHandoverInput, periodListOutput, periodSchema, periodStartInput } from '../domain/period';
import { method } from './define';

/** A period answers with its lead's name, its objectives' titles and how many reports it has. */
const periodReads = ['operationalPeriod', 'person', 'priority', 'sitrep'] as const;

export const periodMethods = {
  'period:start': method(
    periodStartInput,
    periodSchema,
    'Start the next operational period: numbered, stamped now; closes the current one, which needs its handover note and its situation report.',
  ),
  'period:handover': method(periodHandoverInput, periodSchema, 'Write or edit the outgoing lead’s handover note of a period not yet closed.'),
  'period:list': method(z.object({ incidentId: idSchema }), periodListOutput, 'The operational periods of an incident, newest first.', { reads: periodReads }),
  'period:current': method(z.object({ incidentId: idSchema }), periodCurrentOutput, 'The period not yet closed, if any.', { reads: periodReads }),
};
