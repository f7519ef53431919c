// A long list rendered a page at a time: the first `pageSize` entries, then a
// button for the next page. A gap check of a 60,000-sticky board has tens of
// thousands of findings; rendering them all at once froze the page. Generic,
// so any list of the panel (findings, grouped findings) can use it.
import { useState, type ReactNode } from 'react';

export const LAZY_PAGE_SIZE = 100;

export interface LazyListProps<T> {
  items: readonly T[];
  /** Renders one entry: an `<li>` with its key. */
  renderItem(item: T, index: number): ReactNode;
  className?: string;
  pageSize?: number;
}

export function LazyList<T>({ items, renderItem, className, pageSize = LAZY_PAGE_SIZE }: LazyListProps<T>) {
  const [shown, setShown] = useState(pageSize);
  const rest = items.length - shown;
  return (
    <>
      <ul className={className}>{items.slice(0, shown).map(renderItem)}</ul>
      {rest > 0 && (
        <button type="button" className="button button-tertiary button-small jm-lazy-more" onClick={() => setShown(shown + pageSize)}>
          Show {Math.min(rest, pageSize)} more of {rest}
        </button>
      )}
    </>
  );
}
