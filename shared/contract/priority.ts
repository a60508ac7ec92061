import { z } from 'zod';
import { priorityInputs, prioritySchema } from '../domain/priority';
import { method } from './define';

const list = z.array(prioritySchema);

export const priorityMethods = {
  'priority:list': method(priorityInputs.list, list, 'The incident’s priorities, in order.', { reads: ['priority'] }),
  'priority:add': method(priorityInputs.add, list, 'Add a priority at the bottom of the list; answers the new list.'),
  'priority:update': method(priorityInputs.update, list, 'Change a priority’s title, rationale or visibility.'),
  'priority:move': method(priorityInputs.move, list, 'Move a priority to a place in the list; concurrent moves converge.'),
  'priority:remove': method(priorityInputs.remove, list, 'Remove a priority; decisions taken against it keep its title.'),
};
