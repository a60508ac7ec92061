import { useCallback } from 'react';
import type { LogEntry } from '../../../shared/domain/log';
import { call } from '../../api/client';
import { formatDateTime } from '../../components/format';
import { usePagedList } from '../../components/use-paged-list';
import { VirtualRows } from '../../components/VirtualRows';
import './log.css';

/** Every kind of record writes to the log, so any change may add an entry. */
const everything = ['*'];

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
  const fetch = useCallback(
    async (incidentId: string, offset: number, limit: number) => {
      const result = await call('log:list', { incidentId, offset, limit, ...(filter ? { text: filter } : {}) });
      onTotal(result.ok ? result.value.total : null);
      return result.ok ? { ok: true as const, value: { items: result.value.entries, total: result.value.total } } : result;
    },
    [filter, onTotal],
  );
  const list = usePagedList(fetch, everything, filter);
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
