import { useEffect } from 'react';
import type { LogEntry } from '../../../shared/domain/log';
import { useConcordPages } from '../../api/pages';
import { useIncidentInput } from '../../api/query';
import { formatDateTime } from '../../components/format';
import { VirtualRows } from '../../components/VirtualRows';
import './log.css';

function Row({ entry }: { entry: LogEntry | undefined }) {
  if (!entry) return <div className="log-cells muted" role="cell">Loading…</div>;
  return (
    <div className="log-cells">
      <span role="cell">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </span>
      <span role="cell" title={`${entry.authorName}, console ${entry.deviceId}`}>
        {entry.authorName} <span className="muted">· console {entry.deviceId.slice(0, 8)}</span>
      </span>
      <span role="cell" title={entry.summary}>
        {entry.summary}
      </span>
    </div>
  );
}

/**
 * The whole log, newest first, read a page at a time and drawn only where it is in view: 50,000 entries cost what
 * a screenful does. `filter` is matched by the core.
 */
export function LogTimeline({ filter, onTotal }: { filter: string; onTotal: (total: number | null) => void }) {
  const list = useConcordPages('log:list', useIncidentInput(filter ? { text: filter } : {}), (page) => page.entries);
  useEffect(() => onTotal(list.total), [list.total, onTotal]);
  if (list.total === 0) return <p className="empty">{filter ? 'No entry matches this filter.' : 'No entry yet.'}</p>;
  return (
    <VirtualRows
      count={list.total ?? 0}
      rowHeight={40}
      height="calc(100vh - 20rem)"
      label="Timeline, newest first"
      role="rowgroup"
      onRange={list.ensure}
      testId="log-timeline"
      scrollKey={filter}
      header={
        <div role="row" aria-rowindex={1} className="log-cells log-head">
          <span role="columnheader">When</span>
          <span role="columnheader">Who, from which console</span>
          <span role="columnheader">What</span>
        </div>
      }
      renderRow={(i) => <Row entry={list.item(i)} />}
    />
  );
}
