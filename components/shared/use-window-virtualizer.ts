import {
  measureElement,
  observeWindowOffset,
  observeWindowRect,
  Virtualizer,
  windowScroll,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

export type WindowVirtualizerOptions<E extends Element> = Omit<
  VirtualizerOptions<Window, E>,
  'getScrollElement' | 'observeElementRect' | 'observeElementOffset' | 'scrollToFn' | 'measureElement'
>;

/**
 * TanStack's virtualizer (@tanstack/virtual-core, headless) for a list that scrolls with the page,
 * as Preact state: the component re-renders whenever the visible range or a measured size changes.
 * The same glue as its React adapter, without preact/compat.
 */
export function useWindowVirtualizer<E extends Element>(options: WindowVirtualizerOptions<E>): Virtualizer<Window, E> {
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  const resolved: VirtualizerOptions<Window, E> = {
    ...options,
    getScrollElement: () => (typeof window === 'undefined' ? null : window),
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    measureElement,
    onChange: (instance, sync) => {
      rerender(0);
      options.onChange?.(instance, sync);
    },
  };
  const [instance] = useState(() => new Virtualizer<Window, E>(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), []);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
