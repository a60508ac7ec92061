import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { incidentCreateInput, incidentSchema, incidentUpdateInput } from '../domain/incident';
import { fieldHistoryInput, fieldHistoryOutput } from '../domain/field-history';
import { logListInput, logListOutput, logNoteInput, logEntrySchema } from '../domain/log';
import { method } from './define';

export const incidentMethods = {
  'incident:create': method(incidentCreateInput, incidentSchema, 'Open a new incident, real or exercise.'),
  'incident:list': method(z.object({}).strict(), z.array(incidentSchema), 'Every incident this console holds, newest first.'),
  'incident:get': method(z.object({ id: idSchema }), incidentSchema, 'One incident with its current situation.'),
  'incident:update': method(incidentUpdateInput, incidentSchema, 'Change situation fields; each change is logged.'),
  'incident:stateHash': method(
    z.object({ id: idSchema }),
    z.object({ hash: z.string(), ops: z.number().int() }),
    'A hash over the incident projections: equal on any two consoles holding the same ops.',
  ),
};

export const logMethods = {
  'log:list': method(logListInput, logListOutput, 'The log of changes of an incident, newest first, filterable.'),
  'log:note': method(logNoteInput, logEntrySchema, 'Write a free-text entry into the log.'),
  'log:fieldHistory': method(
    fieldHistoryInput,
    fieldHistoryOutput,
    'Every change of one field of one record, oldest first; where consoles changed it concurrently, which value won.',
  ),
};
