import type { SecurityRiskLevel } from '../../shared/domain/incident';

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const riskLabel = (level: SecurityRiskLevel) => capitalise(level === 'none' ? 'none known' : level);

/** Elapsed time as people say it in a briefing: "45 min", "2 h 05 min", "3 d 4 h". */
export function formatElapsed(fromIso: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${String(rest).padStart(2, '0')} min`;
  return `${rest} min`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatTime = (iso: string) => timeFormat.format(new Date(iso));
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

/** The value a datetime-local input shows for an instant, in the console's own time zone. */
export const localInputValue = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** A day (YYYY-MM-DD) as a chart's axis and table show it: "Mon, 23 Nov". */
export const dayLabel = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
