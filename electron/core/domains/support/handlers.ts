import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { exportDetails, grantAccess, readSettings, setSettings } from './grants';
import { addNeed, updateNeed } from './needs';
import { assignLiaison, createHousehold, recordContact, updateHousehold } from './service';
import { getHousehold, listHouseholds, summarise } from './view';

export const supportHandlers = (ws: () => Workspace): DomainHandlers<'support:'> => ({
  'support:create': (i) => createHousehold(ws(), i),
  'support:update': (i) => updateHousehold(ws(), i.id, i.changes),
  'support:assignLiaison': (i) => assignLiaison(ws(), i),
  'support:addNeed': (i) => addNeed(ws(), i),
  'support:updateNeed': (i) => updateNeed(ws(), i),
  'support:contact': (i) => recordContact(ws(), i),
  'support:get': (i) => getHousehold(ws(), i.id),
  'support:list': (i) => listHouseholds(ws(), i),
  'support:summary': (i) => summarise(ws(), i.incidentId),
  'support:settings': (i) => readSettings(ws(), i.incidentId),
  'support:setSettings': (i) => setSettings(ws(), i),
  'support:grantAccess': (i) => grantAccess(ws(), i),
  'support:export': (i) => exportDetails(ws(), i),
});
