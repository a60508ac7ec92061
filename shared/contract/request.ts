import { z } from 'zod';
import { idSchema } from '../domain/ids';
import {
  requestCreateInput,
  requestListInput,
  requestListOutput,
  requestSetStatusInput,
  requestSimilarInput,
  requestSimilarOutput,
  resourceRequestDetailSchema,
  resourceRequestSchema,
} from '../domain/request';
import { method } from './define';

/** A request answers with its priority's title and the names of who asked and who made the latest step. */
const requestReads = ['resourceRequest', 'priority', 'person'] as const;
/** The printed form adds the incident's name and the requester's position (their roles when they asked). */
const detailReads = [...requestReads, 'incident', 'role', 'assignment'] as const;

export const requestMethods = {
  'request:create': method(requestCreateInput, resourceRequestSchema, 'Request resources (ICS 213RR) for a priority of the incident, in the signed-in operator’s name.'),
  'request:setStatus': method(
    requestSetStatusInput,
    resourceRequestSchema,
    'Move a request on: approve or refuse (approvers), order, mark arrived, or cancel with a reason; stamped with who and when.',
  ),
  'request:get': method(z.object({ id: idSchema }), resourceRequestDetailSchema, 'One request as its 213RR prints it, with every status step.', { reads: detailReads }),
  'request:list': method(requestListInput, requestListOutput, 'Requests of an incident, needed-by soonest first, overdue flagged as of `now`.', { reads: requestReads }),
  'request:similar': method(requestSimilarInput, requestSimilarOutput, 'Open requests whose “what” is close to the text given: the duplicate warning.', { reads: requestReads }),
};
