import { useConsole } from '../../store';
import { selectLogEntries } from '../../store/log-slice';
import { LogEntries } from './LogEntries';

const shown = 6;

export function LogPanel() {
  const entries = useConsole(selectLogEntries);
  if (entries.length === 0) return <p className="muted">No entry yet. Decisions, check-ins and changes will appear here.</p>;
  return <LogEntries entries={entries.slice(0, shown)} caption="Latest log entries" compact />;
}
