import { z } from 'zod';
import { idSchema } from '../domain/ids';
import {
  backlashCreateInput,
  backlashListInput,
  backlashListOutput,
  backlashPerDayInput,
  backlashPerDaySchema,
  backlashReportSchema,
  measureCreateInput,
  measureSchema,
  measureUpdateInput,
  protectionContactInput,
  protectionCreateInput,
  protectionDetailSchema,
  protectionListInput,
  protectionListOutput,
  protectionNeedSchema,
  protectionSummarySchema,
  protectionUpdateInput,
} from '../domain/protection';
import { method } from './define';

export const protectionMethods = {
  'protection:create': method(protectionCreateInput, protectionNeedSchema, 'Record a community or site that needs protection.'),
  'protection:update': method(protectionUpdateInput, protectionNeedSchema, 'Change a protection need (risk, status, languages…).'),
  'protection:contact': method(protectionContactInput, protectionNeedSchema, 'Record the last contact with the community and who made it.'),
  'protection:get': method(z.object({ id: idSchema }), protectionDetailSchema, 'One protection need with its measures.', { reads: ['protectionNeed', 'protectionMeasure', 'backlashReport', 'actor'] }),
  'protection:list': method(protectionListInput, protectionListOutput, 'Protection needs of an incident, filtered, sorted and paged.', { reads: ['protectionNeed', 'protectionMeasure', 'backlashReport'] }),
  'protection:summary': method(z.object({ incidentId: idSchema }), protectionSummarySchema, 'Needs by risk level and status, open measures.', { reads: ['protectionNeed', 'protectionMeasure', 'backlashReport'] }),
  'protection:addMeasure': method(measureCreateInput, measureSchema, 'Add a protective measure, assigned to an actor on the ground.'),
  'protection:updateMeasure': method(measureUpdateInput, measureSchema, 'Change a measure’s status, actor or description.'),
  'protection:reportBacklash': method(backlashCreateInput, backlashReportSchema, 'File a backlash incident report against a protection need.'),
  'protection:listBacklash': method(backlashListInput, backlashListOutput, 'Backlash reports, newest first.', { reads: ['backlashReport', 'protectionNeed'] }),
  'protection:backlashPerDay': method(backlashPerDayInput, backlashPerDaySchema, 'Backlash reports per day, verified and not.', { reads: ['backlashReport'] }),
};
