import type { DomainHandlers } from '../../kernel/domain';
import type { Clock } from '../../kernel/ops/hlc';
import { advanceTestClock } from '../../kernel/ops/test-clock';

export const testHandlers = (clock: Clock): DomainHandlers<'test:'> => ({
  'test:advanceClock': (i) => advanceTestClock(clock, i.minutes),
});
