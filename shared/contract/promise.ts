import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { promiseCreateInput, promiseListInput, promiseListOutput, promiseSchema, promiseUpdateInput } from '../domain/promise';
import { method } from './define';

/** A promise answers with its owner's and its community's names. */
const promiseReads = ['promise', 'person', 'protectionNeed'] as const;

export const promiseMethods = {
  'promise:create': method(promiseCreateInput, promiseSchema, 'Record a promise made outside an engagement or a family contact, with its owner and due time.'),
  'promise:update': method(promiseUpdateInput, promiseSchema, 'Mark a promise kept, not kept or withdrawn, or change its owner or due time.'),
  'promise:get': method(z.object({ id: idSchema }), promiseSchema, 'One promise with its overdue flag.', { reads: promiseReads }),
  'promise:list': method(promiseListInput, promiseListOutput, 'Promises made, due first, with the counts of open and overdue ones.', { reads: promiseReads }),
};
