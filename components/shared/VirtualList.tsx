import { Fragment, type ComponentChildren, type Ref } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { defaultRangeExtractor } from '@tanstack/virtual-core';
import { useWindowVirtualizer } from './use-window-virtualizer';

/** What a row must put on its own root `<li>` (spread it; `measureRef` goes to `ref`). */
export interface VirtualItemProps {
  measureRef: Ref<HTMLLIElement>;
  'data-index': number;
  'aria-setsize': number;
  'aria-posinset': number;
  style: { transform: string };
}

export interface VirtualRowState {
  index: number;
  /** The row whose control is in the tab order (tabIndex 0; every other row's is -1). */
  active: boolean;
  item: VirtualItemProps;
}

export interface VirtualListProps<T> {
  items: readonly T[];
  keyOf(item: T): string;
  /** One `<li>` per item, with `state.item` spread on it and one focusable control inside. */
  renderItem(item: T, state: VirtualRowState): ComponentChildren;
  /** The list's accessible name. */
  label: string;
  /** A row's height before it is measured, in px. */
  estimateSize: number;
  /** Scroll to this item's row and focus its control (e.g. coming back from its detail). */
  focusKey?: string;
  class?: string;
}

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';
const OVERSCAN = 6;

/**
 * A list of any length that renders only the rows in and near the viewport (the page scrolls as
 * usual; TanStack's virtualizer measures each row, so rows may differ in height). Still a list to
 * assistive technology: a labelled `<ul>` whose rows say their place (aria-posinset of
 * aria-setsize). One row's control is in the tab order (roving tabindex): Tab enters and leaves
 * the list in one step; ArrowUp/ArrowDown, PageUp/PageDown, Home and End move between rows, and
 * the target row is scrolled into view and rendered before it takes focus. The focused row stays
 * rendered however far the page scrolls, so focus is never lost.
 */
export function VirtualList<T>({ items, keyOf, renderItem, label, estimateSize, focusKey, class: className }: VirtualListProps<T>) {
  const list = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  const [margin, setMargin] = useState(0);
  const pendingFocus = useRef<number | undefined>(undefined);
  const count = items.length;
  const current = Math.max(0, Math.min(active, count - 1));

  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count,
    estimateSize: () => estimateSize,
    overscan: OVERSCAN,
    scrollMargin: margin,
    getItemKey: (index) => keyOf(items[index] as T),
    // The active row stays rendered wherever the page is scrolled: it may hold the focus.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return count > 0 && !indexes.includes(current) ? [...indexes, current].sort((a, b) => a - b) : indexes;
    },
  });

  // Where the list starts on the page: read when the items or the window change (what is above
  // the list, e.g. the filters, changes with them), not on every render — each read forces a
  // layout, which made every scrolled frame lay the page out twice.
  useLayoutEffect(() => {
    const measure = () => {
      const top = (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setMargin((known) => (Math.abs(top - known) > 0.5 ? top : known));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [items]);

  // A row asked to take focus does so once it is rendered (after its scroll, if any).
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    const control = list.current?.querySelector(`li[data-index="${index}"]`)?.querySelector<HTMLElement>(FOCUSABLE);
    if (!control) return;
    pendingFocus.current = undefined;
    control.focus();
  });

  function moveTo(index: number): void {
    if (count === 0) return;
    const target = Math.max(0, Math.min(index, count - 1));
    setActive(target);
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  }

  const focusIndex = focusKey === undefined ? -1 : items.findIndex((item) => keyOf(item) === focusKey);
  const focused = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (focusIndex < 0 || focused.current === focusKey) return;
    focused.current = focusKey;
    moveTo(focusIndex);
  }, [focusKey, focusIndex]);

  function onKeyDown(event: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(window.innerHeight / estimateSize) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 0, End: count - 1 };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(target);
  }

  function onFocusIn(event: FocusEvent): void {
    const row = (event.target as Element | null)?.closest('li[data-index]');
    const index = Number(row?.getAttribute('data-index'));
    if (Number.isInteger(index) && index !== current) setActive(index);
  }

  return (
    <ul ref={list} class={['virtual-list', className].filter(Boolean).join(' ')} aria-label={label} style={{ height: `${virtualizer.getTotalSize()}px` }} onKeyDown={onKeyDown} onFocusIn={onFocusIn}>
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index] as T;
        return <Fragment key={row.key}>{renderItem(item, {
          index: row.index,
          active: row.index === current,
          item: {
            measureRef: virtualizer.measureElement,
            'data-index': row.index,
            'aria-setsize': count,
            'aria-posinset': row.index + 1,
            style: { transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` },
          },
        })}</Fragment>;
      })}
    </ul>
  );
}
