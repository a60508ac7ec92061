import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { engagementListInput, engagementListOutput, engagementRecordInput, engagementSchema, engagementUpdateInput, temperaturesOutput } from '../domain/engagement';
import { method } from './define';

/** An engagement answers with its community's name and how many promises were made in it. */
const engagementReads = ['engagement', 'protectionNeed', 'promise'] as const;

export const engagementMethods = {
  'engagement:record': method(engagementRecordInput, engagementSchema, 'Record an engagement with a community and the promises made in it, in one commit.'),
  'engagement:update': method(engagementUpdateInput, engagementSchema, 'Correct an engagement: its temperature, trend, concerns, needs, who took part.'),
  'engagement:get': method(z.object({ id: idSchema }), engagementSchema, 'One engagement.', { reads: engagementReads }),
  'engagement:list': method(engagementListInput, engagementListOutput, 'Engagements of an incident or of one community, newest first.', { reads: engagementReads }),
  'engagement:temperatures': method(
    z.object({ incidentId: idSchema }),
    temperaturesOutput,
    'Each community not closed: its latest temperature and trend, case manager, entry points, whether a check is overdue, open and overdue promises, and its temperatures over time.',
    { reads: ['engagement', 'protectionNeed', 'person', 'actor', 'promise'] },
  ),
};
