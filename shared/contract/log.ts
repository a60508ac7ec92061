import { fieldHistoryInput, fieldHistoryOutput } from '../domain/field-history';
import { logListInput, logListOutput, logNoteInput, logEntrySchema } from '../domain/log';
import { entityNames } from '../domain/entities';
import { method } from './define';

export const logMethods = {
  'log:list': method(logListInput, logListOutput, 'The log of changes of an incident, newest first, filterable.', { reads: entityNames }),
  'log:note': method(logNoteInput, logEntrySchema, 'Write a free-text entry into the log.'),
  'log:fieldHistory': method(
    fieldHistoryInput,
    fieldHistoryOutput,
    'Every change of one field of one record, oldest first; where consoles changed it concurrently, which value won.',
    { reads: entityNames },
  ),
};
