import { entityNames } from '../domain/entities';
import { afterActionSchema, reviewInput } from '../domain/review';
import { method } from './define';

export const reviewMethods = {
  // Its "now" is the newest op of the incident, whatever record it changed, and it counts refused edits of any
  // record: every change makes it stale.
  'review:afterAction': method(
    reviewInput,
    afterActionSchema,
    'The after-action report: decisions against the priorities they served, statement turnaround and approval times, late public updates, refused edits, late playbook items and broken promises.',
    { reads: entityNames },
  ),
};
