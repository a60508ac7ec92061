import type { LogEntry } from '../../../shared/domain/log';
import { formatDateTime, formatTime } from '../../components/format';
import './log.css';

/** The timeline as a table: when, who, what. Screen readers announce the column with each cell. */
export function LogEntries({ entries, caption, compact = false }: { entries: LogEntry[]; caption: string; compact?: boolean }) {
  return (
    <table className={compact ? 'log-table compact' : 'log-table'} data-testid="log-entries">
      <caption className={compact ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={`${entry.deviceId}:${entry.seq}`}>
            <td>
              <time dateTime={entry.at} title={formatDateTime(entry.at)}>
                {compact ? formatTime(entry.at) : formatDateTime(entry.at)}
              </time>
            </td>
            <td>{entry.authorName}</td>
            <td>{entry.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
