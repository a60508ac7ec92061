/**
 * "Even if there's nothing new to say, say there is nothing new to say" (Mayor Peduto): the next public update is
 * due a set interval after the last published statement. Pure, so the command view can count down without a call.
 */
export function nextUpdateDue(lastPublishedAt: string | null, intervalMinutes: number | null): string | null {
  if (!lastPublishedAt || !intervalMinutes) return null;
  return new Date(Date.parse(lastPublishedAt) + intervalMinutes * 60_000).toISOString();
}

/** Minutes until the update is due; negative when it is overdue. */
export const minutesUntil = (dueAt: string, now: number): number => Math.floor((Date.parse(dueAt) - now) / 60_000);

export const isOverdue = (dueAt: string | null, now: number): boolean => dueAt !== null && Date.parse(dueAt) <= now;

/** The holding statement for when nothing has changed: it says so, and says what is being done. */
export const nothingNewTemplate = (what: string[]): string =>
  [
    'There is nothing new to report since our last update.',
    'Here is what we are doing:',
    ...(what.length > 0 ? what.map((w) => `- ${w}`) : ['- [what the city is doing now]']),
    'If you are in danger, call the emergency number. We will update you again at [time], even if there is still nothing new.',
  ].join('\n');
