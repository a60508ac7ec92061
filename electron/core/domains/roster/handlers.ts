import type { DomainHandlers } from '../../kernel/domain';
import type { Workspace } from '../../kernel/store/workspace';
import { currentOperator, setOwnPin, signIn, signOut } from './operator';
import { readRoster } from './read';
import { addPerson, addRole, assign, checkIn, confirmPinReset, endAssignment, setPin, updatePerson, updateRole } from './service';

export const rosterHandlers = (ws: () => Workspace): DomainHandlers<'roster:'> => {
  const roster = (incidentId: string) => readRoster(ws(), incidentId);
  return {
    'roster:get': (i) => roster(i.incidentId),
    'roster:addPerson': (i) => addPerson(ws(), i),
    'roster:updatePerson': (i) => updatePerson(ws(), i),
    'roster:setPin': (i) => setPin(ws(), i),
    'roster:confirmPinReset': (i) => confirmPinReset(ws(), i),
    'roster:setOwnPin': (i) => setOwnPin(ws(), i),
    'roster:addRole': (i) => (addRole(ws(), i), roster(i.incidentId)),
    'roster:updateRole': (i) => (updateRole(ws(), i), roster(i.incidentId)),
    'roster:assign': (i) => (assign(ws(), i), roster(i.incidentId)),
    'roster:endAssignment': (i) => (endAssignment(ws(), i), roster(i.incidentId)),
    'roster:checkIn': (i) => (checkIn(ws(), i), roster(i.incidentId)),
    'roster:currentOperator': () => currentOperator(ws()),
    'roster:signIn': (i) => signIn(ws(), i),
    'roster:signOut': () => signOut(ws()),
  };
};
