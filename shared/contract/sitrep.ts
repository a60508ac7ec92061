import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { sitrepListInput, sitrepListOutput, sitrepPeriodInput, sitrepPreviewOutput, sitrepSchema } from '../domain/sitrep';
import { method } from './define';

/** A preview reads every record a report draws on, so a change to one of them makes it stale. */
const previewReads = [
  ...['operationalPeriod', 'sitrep', 'incident', 'priority', 'decision', 'person'],
  ...['actor', 'actorCheckIn', 'actorSettings', 'protectionNeed', 'protectionMeasure', 'backlashReport'],
  ...['task', 'statement', 'statementTransition', 'rumour', 'engagement', 'promise'],
] as const;

export const sitrepMethods = {
  'sitrep:generate': method(sitrepPeriodInput, sitrepSchema, 'Freeze the situation as of the newest op this console holds into a signed, immutable report of the period.'),
  'sitrep:get': method(z.object({ id: idSchema }), sitrepSchema, 'One situation report, its content exactly as signed.', { reads: ['sitrep', 'person'] }),
  'sitrep:list': method(sitrepListInput, sitrepListOutput, 'Situation reports of an incident or of one period, newest first.', { reads: ['sitrep', 'operationalPeriod', 'person'] }),
  'sitrep:preview': method(sitrepPeriodInput, sitrepPreviewOutput, 'The report the period would get now, without committing it.', { reads: previewReads }),
};
