import { z } from 'zod';
import { decisionInputs, decisionSchema, decisionVerifyOutput } from '../domain/priority';
import { method } from './define';

export const decisionMethods = {
  'decision:list': method(decisionInputs.list, z.array(decisionSchema), 'The decision log, newest first, with the priorities each decision serves.', { reads: ['decision', 'priority', 'person'] }),
  'decision:record': method(decisionInputs.record, decisionSchema, 'Record a decision: what, why, and the priorities it serves (or why none).'),
  'decision:verify': method(decisionInputs.verify, decisionVerifyOutput, 'Recompute every console’s decision chain and report altered or removed entries.', { reads: ['decision'] }),
};
