import { z } from 'zod';
import { operatorSchema, personSchema, rosterInputs, rosterSchema, signInInput } from '../domain/roster';
import { method } from './define';

export const rosterMethods = {
  'roster:get': method(rosterInputs.get, rosterSchema, 'The chain of command: roles as a tree, who holds them, shifts, update cadence and overdue flags.', { reads: ['person', 'role', 'assignment', 'checkIn', 'pinReset'] }),
  'roster:addPerson': method(rosterInputs.addPerson, personSchema, 'Add a person to the roster, with the PIN they sign in with (optional).'),
  'roster:updatePerson': method(rosterInputs.updatePerson, personSchema, 'Change a person’s name, agency, contact or languages.'),
  'roster:setPin': method(
    rosterInputs.setPin,
    personSchema,
    'Reset a person’s PIN (whoever manages the roster): they set their own at their next sign-in. Resetting the PIN of someone who approves or commands waits for a second commander or approver.',
  ),
  'roster:confirmPinReset': method(rosterInputs.confirmPinReset, personSchema, 'Confirm, as a second commander or approver, the PIN reset another one proposed for someone who approves or commands.'),
  'roster:setOwnPin': method(rosterInputs.setOwnPin, operatorSchema, 'Set your own PIN (the one you signed in with is asked again); a new signing key is made and wrapped under it.'),
  'roster:addRole': method(rosterInputs.addRole, rosterSchema, 'Add a role to the chain of command.'),
  'roster:updateRole': method(rosterInputs.updateRole, rosterSchema, 'Change a role’s name, who it reports to, what it decides or its update cadence.'),
  'roster:assign': method(rosterInputs.assign, rosterSchema, 'Assign a person to a role, with a shift; a new spokesperson takes over from the current one.'),
  'roster:endAssignment': method(rosterInputs.endAssignment, rosterSchema, 'End an assignment: the person no longer holds the role.'),
  'roster:checkIn': method(rosterInputs.checkIn, rosterSchema, 'Post an update for a role: records a check-in and resets its next-update-due time.'),
  'roster:currentOperator': method(z.object({}).strict(), operatorSchema.nullable(), 'Who is signed in on this console, their roles and what they may do.', { reads: ['person', 'role', 'assignment', 'pinReset'] }),
  'roster:signIn': method(signInInput, operatorSchema, 'Sign in on this console as a roster person with their PIN; replaces whoever was signed in.'),
  'roster:signOut': method(z.object({}).strict(), z.null(), 'Sign out: until someone signs in, nothing that needs a role can be changed.'),
};
