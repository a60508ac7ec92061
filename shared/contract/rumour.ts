import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { perDayInput } from '../domain/paging';
import {
  rumourCorrectInput,
  rumourCorrectOutput,
  rumourCreateInput,
  rumourListInput,
  rumourListOutput,
  rumourOpenSchema,
  rumourPerDaySchema,
  rumourSchema,
  rumourUpdateInput,
  rumourVerifyInput,
} from '../domain/rumour';
import { method } from './define';

export const rumourMethods = {
  'rumour:create': method(rumourCreateInput, rumourSchema, 'Record a rumour: the claim, where and when it was first seen, its reach and whom it targets.'),
  'rumour:update': method(rumourUpdateInput, rumourSchema, 'Change a rumour’s claim, reach, targets or owner.'),
  'rumour:verify': method(rumourVerifyInput, rumourSchema, 'Record what verification found (source, facts, false phrases); stamps who verified it and when.'),
  'rumour:correct': method(rumourCorrectInput, rumourCorrectOutput, 'Start a correction statement for a false or misleading rumour and link it, in one commit.'),
  'rumour:get': method(z.object({ id: idSchema }), rumourSchema, 'One rumour.', { reads: ['rumour'] }),
  'rumour:list': method(rumourListInput, rumourListOutput, 'Rumours of an incident, filtered, sorted and paged.', { reads: ['rumour'] }),
  'rumour:open': method(z.object({ incidentId: idSchema }), rumourOpenSchema, 'Unverified, false and misleading claims, largest reach first, with counts by status.', { reads: ['rumour'] }),
  'rumour:perDay': method(perDayInput, rumourPerDaySchema, 'Rumours first seen per day, by status.', { reads: ['rumour'] }),
};
