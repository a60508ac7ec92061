import { z } from 'zod';
import { instantSchema } from '../domain/ids';
import { method } from './define';

/** Only for end-to-end tests: answers `forbidden` unless the console was started with CONCORD_TEST_CLOCK_START. */
export const testMethods = {
  'test:advanceClock': method(
    z.object({ minutes: z.number().int().min(1).max(7 * 24 * 60) }),
    z.object({ now: instantSchema }),
    'Test consoles only: move the console clock forward, so time rules are tested without waiting.',
  ),
};
