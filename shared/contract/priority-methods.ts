import { z } from 'zod';
import { decisionInputs, decisionSchema, decisionVerifyOutput, priorityInputs, prioritySchema } from '../domain/priority';
import { method } from './define';

const list = z.array(prioritySchema);

export const priorityMethods = {
  'priority:list': method(priorityInputs.list, list, 'The incident’s priorities, in order.'),
  'priority:add': method(priorityInputs.add, list, 'Add a priority at the bottom of the list; answers the new list.'),
  'priority:update': method(priorityInputs.update, list, 'Change a priority’s title, rationale or visibility.'),
  'priority:move': method(priorityInputs.move, list, 'Move a priority to a place in the list; concurrent moves converge.'),
  'priority:remove': method(priorityInputs.remove, list, 'Remove a priority; decisions taken against it keep its title.'),
};

export const decisionMethods = {
  'decision:list': method(decisionInputs.list, z.array(decisionSchema), 'The decision log, newest first, with the priorities each decision serves.'),
  'decision:record': method(decisionInputs.record, decisionSchema, 'Record a decision: what, why, and the priorities it serves (or why none).'),
  'decision:verify': method(decisionInputs.verify, decisionVerifyOutput, 'Recompute every console’s decision chain and report altered or removed entries.'),
};
