import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { fileReport } from './backlash';
import { addMeasure, updateMeasure } from './measures';
import { getNeedDetail, listNeeds, listReports, reportsPerDay, summariseNeeds } from './read';
import { createNeed, recordContact, updateNeed } from './service';

export const protectionHandlers = (ws: () => Workspace): DomainHandlers<'protection:'> => ({
  'protection:create': (i) => createNeed(ws(), i),
  'protection:update': (i) => updateNeed(ws(), i.id, i.changes),
  'protection:contact': (i) => recordContact(ws(), i.id, i.by, i.at),
  'protection:get': (i) => getNeedDetail(ws(), i.id),
  'protection:list': (i) => listNeeds(ws(), i),
  'protection:summary': (i) => summariseNeeds(ws(), i.incidentId),
  'protection:addMeasure': (i) => addMeasure(ws(), i),
  'protection:updateMeasure': (i) => updateMeasure(ws(), i.id, i.changes),
  'protection:reportBacklash': (i) => fileReport(ws(), i),
  'protection:listBacklash': (i) => listReports(ws(), i),
  'protection:backlashPerDay': (i) => reportsPerDay(ws(), i.incidentId, i.utcOffsetMinutes),
});
