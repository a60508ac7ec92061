import { ConcordError } from '../../../../shared/result';
import type { Clock } from './hlc';

/**
 * The wall clock plus an offset that only moves forward: a console started for end-to-end tests runs on it,
 * so a test can make an update overdue without sleeping. Never used unless CONCORD_TEST_CLOCK_START is set.
 */
export class AdjustableClock implements Clock {
  private offset: number;

  constructor(start: number) {
    this.offset = start - Date.now();
  }

  now(): number {
    return Date.now() + this.offset;
  }

  advance(ms: number): void {
    this.offset += ms;
  }
}

/** `CONCORD_TEST_CLOCK_START=2026-11-21T09:00:00Z` (or `now`) starts the console on an adjustable clock. */
export function testClockFromEnv(env: NodeJS.ProcessEnv): AdjustableClock | null {
  const start = env.CONCORD_TEST_CLOCK_START;
  if (!start) return null;
  const ms = start === 'now' ? Date.now() : Date.parse(start);
  if (Number.isNaN(ms)) throw new Error(`CONCORD_TEST_CLOCK_START must be an ISO instant or "now", not ${JSON.stringify(start)}`);
  return new AdjustableClock(ms);
}

export function advanceTestClock(clock: Clock, minutes: number): { now: string } {
  if (!(clock instanceof AdjustableClock)) throw new ConcordError('forbidden', 'the clock moves only on a console started for tests (CONCORD_TEST_CLOCK_START)');
  clock.advance(minutes * 60_000);
  return { now: new Date(clock.now()).toISOString() };
}
