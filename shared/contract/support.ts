import { z } from 'zod';
import { idSchema } from '../domain/ids';
import {
  addNeedInput,
  assignLiaisonInput,
  contactInput,
  exportInput,
  exportOutput,
  grantAccessInput,
  grantAccessOutput,
  householdDetailSchema,
  householdSchema,
  setSettingsInput,
  settingsOutput,
  supportCreateInput,
  supportListInput,
  supportListOutput,
  supportNeedSchema,
  supportSummarySchema,
  supportUpdateInput,
  updateNeedInput,
} from '../domain/support';
import { method } from './define';

/**
 * A household answers with its liaison's name, its readers (roles, assignments, keys, the commander's settings) and
 * its needs; whether its details open depends on who is signed in, which the screens refetch on sign-in.
 */
const householdReads = ['household', 'supportNeed', 'person', 'role', 'assignment', 'supportSettings'] as const;

export const supportMethods = {
  'support:create': method(supportCreateInput, householdSchema, 'Record a household (victim, bereaved family, injured, survivor, witness); its details are sealed to its readers.'),
  'support:update': method(supportUpdateInput, householdSchema, 'Change a household’s plain fields, or its sealed details (readers only).'),
  'support:assignLiaison': method(assignLiaisonInput, householdSchema, 'Name the household’s liaison (or none); a reader doing it reseals its key.'),
  'support:addNeed': method(addNeedInput, supportNeedSchema, 'Record a need (medical, psychological, social, legal, administrative, financial).'),
  'support:updateNeed': method(updateNeedInput, supportNeedSchema, 'Change a need’s status, owner, due time or summary.'),
  'support:contact': method(contactInput, householdSchema, 'Record a contact with a household, its sealed note and the promises made, in one commit.'),
  'support:get': method(z.object({ id: idSchema }), householdDetailSchema, 'One household with its needs and contacts; details and notes only for its readers.', {
    reads: [...householdReads, 'supportContact'],
  }),
  'support:list': method(supportListInput, supportListOutput, 'The incident’s households, longest without contact first; details only for their readers.', { reads: householdReads }),
  'support:summary': method(z.object({ incidentId: idSchema }), supportSummarySchema, 'Counts by kind, needs by field and status, and the flags: no liaison, needs overdue, contact overdue.', {
    reads: householdReads,
  }),
  'support:settings': method(z.object({ incidentId: idSchema }), settingsOutput, 'The roles the commander named as readers and the contact interval.', { reads: ['supportSettings'] }),
  'support:setSettings': method(setSettingsInput, settingsOutput, 'Name the reader roles and the contact interval (the commander).'),
  'support:grantAccess': method(grantAccessInput, grantAccessOutput, 'Seal households’ keys to their current readers; a removed reader starts a new key generation.'),
  'support:export': method(exportInput, exportOutput, 'Export the confidential details the operator reads, for a stated purpose; the export is logged.'),
};
