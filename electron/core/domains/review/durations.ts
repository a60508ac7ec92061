import type { DurationFigures } from '../../../../shared/domain/review';

/** Minutes from one instant to another, to one decimal: a report reads "12.5 min", never a float's tail. */
export const minutesBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 6_000) / 10;

/** A duration measured on one statement (and, for an approval, one of its languages). */
export interface Measured {
  minutes: number;
  statementId: string;
  title: string;
  language: string | null;
}

/**
 * The median and the longest of the durations, in the order given: of two equally long, the first is named. The
 * median of an even count is the mean of the middle two.
 */
export function figures(measured: readonly Measured[]): DurationFigures | null {
  const [first, ...rest] = measured;
  if (!first) return null;
  const longest = rest.reduce((max, m) => (m.minutes > max.minutes ? m : max), first);
  const sorted = measured.map((m) => m.minutes).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { count: measured.length, medianMinutes: Math.round(median * 10) / 10, longest };
}
