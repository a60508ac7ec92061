import {
  playbookAddItemInput,
  playbookAdoptInput,
  playbookItemSchema,
  playbookItemsInput,
  playbookItemsOutput,
  playbookLinkInput,
  playbookListInput,
  playbookListOutput,
  playbookNotedInput,
  playbookSummarySchema,
  playbookTickInput,
} from '../domain/playbook';
import { method } from './define';

/**
 * Items answer with their due time (from the incident's start), who ticked them and the record that fulfils them,
 * so a change to any of these makes them stale.
 */
const playbookReads = ['playbook', 'playbookItem', 'incident', 'person', 'task', 'decision', 'statement', 'statementTransition'] as const;

export const playbookMethods = {
  'playbook:adopt': method(playbookAdoptInput, playbookSummarySchema, 'Copy a built-in playbook into the incident as its checklist, in one commit.'),
  'playbook:list': method(playbookListInput, playbookListOutput, 'The incident’s playbooks with their counts of open, done, not applicable and overdue items.', { reads: playbookReads }),
  'playbook:items': method(playbookItemsInput, playbookItemsOutput, 'A playbook’s items in order, with due times, overdue flags and the linked records.', { reads: playbookReads }),
  'playbook:tick': method(playbookTickInput, playbookItemSchema, 'Mark an item done, in the signed-in operator’s name.'),
  'playbook:notApplicable': method(playbookNotedInput, playbookItemSchema, 'Mark an item not applicable to this incident, saying why.'),
  'playbook:reopen': method(playbookNotedInput, playbookItemSchema, 'Open a done or set-aside item again, saying why.'),
  'playbook:link': method(playbookLinkInput, playbookItemSchema, 'Link an item to the task, decision or statement of the incident that fulfils it, or remove the link.'),
  'playbook:addItem': method(playbookAddItemInput, playbookItemSchema, 'Add a custom item to a playbook, with its offset and owner role.'),
};
