import { isoAt } from './list-query';

/** The SQLite `date()` modifier that moves a stored UTC instant into the operators' day. */
export const dayModifier = (utcOffsetMinutes: number): string => `${utcOffsetMinutes >= 0 ? '+' : ''}${utcOffsetMinutes} minutes`;

/**
 * Every day from the first row's to today (or to the last row's, when a row is dated later), zeros included, so a
 * chart's time axis is honest. `rows` are per-day counts sorted by day; `zero` is an empty day. At most a year.
 */
export function everyDay<R extends { day: string }>(rows: readonly R[], now: number, utcOffsetMinutes: number, zero: (day: string) => R): R[] {
  const first = rows[0];
  if (!first) return [];
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const today = isoAt(now + utcOffsetMinutes * 60_000).slice(0, 10);
  const last = rows.at(-1)?.day ?? first.day;
  const end = last > today ? last : today;
  const days: R[] = [];
  for (let d = Date.parse(`${first.day}T00:00:00Z`); d <= Date.parse(`${end}T00:00:00Z`) && days.length < 366; d += 86_400_000) {
    const day = isoAt(d).slice(0, 10);
    days.push(byDay.get(day) ?? zero(day));
  }
  return days;
}
