import { REFUSAL_PAGE } from './use-refused-edits';

/** Newer and older pages of a long list of refusals; absent while one page holds them all. */
export function RefusalPager({ offset, total, onOffset }: { offset: number; total: number; onOffset: (offset: number) => void }) {
  if (total <= REFUSAL_PAGE) return null;
  const last = Math.min(offset + REFUSAL_PAGE, total);
  return (
    <nav className="refusal-pager" aria-label="Pages of refused edits">
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - REFUSAL_PAGE))}>
        <span aria-hidden="true">← </span>Newer
      </button>
      <p>
        {offset + 1}–{last} of {total}
      </p>
      <button type="button" disabled={last >= total} onClick={() => onOffset(offset + REFUSAL_PAGE)}>
        Older<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
