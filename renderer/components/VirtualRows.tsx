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
}

/** Only the rows in view (and a few around them) are in the DOM: 10,000 tasks cost what 30 do. */
export function VirtualRows({ count, rowHeight, height, label, role = 'list', renderRow, onRange, testId }: VirtualRowsProps) {
  const scroller = useRef<HTMLDivElement>(null);
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
      // Inside a table only rows may have roles; a list gets a named region so its scroll box can be found.
      {...(role === 'list' ? { role: 'region', 'aria-label': `${label}, scrollable` } : {})}
      data-testid={testId}
    >
      <div role={role} aria-label={label} style={{ height: virtual.getTotalSize(), position: 'relative' }}>
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
