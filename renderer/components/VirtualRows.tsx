import { useVirtualizer } from '@tanstack/react-virtual';
import './lists.css';
import { useEffect, useRef, type ReactNode } from 'react';

interface VirtualRowsProps {
  count: number;
  rowHeight: number;
  /** Height of the scrolling box; the list scrolls inside it, the page does not. */
  height: string;
  label: string;
  role?: 'list' | 'rowgroup';
  renderRow: (index: number) => ReactNode;
  onRange?: (start: number, end: number) => void;
  testId?: string;
  /** For a table (`role` rowgroup): its header row, kept on top while the rows scroll. */
  header?: ReactNode;
  /** When it changes (a new filter), the list scrolls back to its first row. */
  scrollKey?: string;
}

/** Only the rows in view (and a few around them) are in the DOM: 10,000 tasks cost what 30 do. */
export function VirtualRows({ count, rowHeight, height, label, role = 'list', renderRow, onRange, testId, header, scrollKey }: VirtualRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const scrolledFor = useRef(scrollKey);
  useEffect(() => {
    if (scrolledFor.current === scrollKey) return;
    scrolledFor.current = scrollKey;
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [scrollKey]);
  const virtual = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 8 });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => onRange?.(first, last), [first, last, onRange]);
  return (
    <div
      ref={scroller}
      className="virtual-scroller"
      style={{ height }}
      tabIndex={0}
      // A table's scroll box is the table itself (a table may only hold rows); a list's is a named region.
      {...(role === 'list' ? { role: 'region', 'aria-label': `${label}, scrollable` } : { role: 'table', 'aria-label': label, 'aria-rowcount': count + 1 })}
      data-testid={testId}
    >
      {header && (
        <div role="rowgroup" className="virtual-header">
          {header}
        </div>
      )}
      <div role={role} aria-label={role === 'list' ? label : undefined} style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {items.map((row) => (
          <div
            key={row.key}
            className="virtual-row"
            role={role === 'list' ? 'listitem' : 'row'}
            aria-rowindex={role === 'rowgroup' ? row.index + 2 : undefined}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${row.start}px)` }}
          >
            {renderRow(row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
