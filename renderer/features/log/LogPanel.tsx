import { useConcordQuery, useIncidentInput } from '../../api/query';
import { LogEntries } from './LogEntries';

const shown = 6;

/** A few more than shown, so the panel reads the same page as before and does not need a read of its own size. */
const limit = 20;

export function LogPanel() {
  const entries = useConcordQuery('log:list', useIncidentInput({ limit })).data?.entries;
  if (!entries) return <p className="muted">Reading the log…</p>;
  if (entries.length === 0) return <p className="muted">No entry yet. Decisions, check-ins and changes will appear here.</p>;
  return <LogEntries entries={entries.slice(0, shown)} caption="Latest log entries" compact />;
}
