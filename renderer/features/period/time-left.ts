import { formatElapsed } from '../../components/format';

/** "4 h 30 min left", or how long ago the planned end passed: a shift overrunning is worth saying. */
export const timeLeft = (plannedEndAt: string, now: number): string =>
  Date.parse(plannedEndAt) >= now ? `${formatElapsed(new Date(now).toISOString(), Date.parse(plannedEndAt))} left` : `${formatElapsed(plannedEndAt, now)} past its planned end`;
