import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { holdFocusIn } from './modal-focus';

interface Props {
  title: string;
  children: ComponentChildren;
  onClose: () => void;
  /** The control focus moves to on opening (the safe choice); default the first one. */
  initialFocus?: RefObject<HTMLElement>;
  /** The element describing the dialog (its message), by id. */
  describedBy?: string;
  testId: string;
  class?: string;
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog: focus moves into it and stays there while it is open (modal-focus.ts: whatever
 * re-renders or takes the focus behind it, and a press on the backdrop does nothing), Tab stays
 * inside, Escape closes it without acting and goes no further (a detail view's Escape means
 * "back to the list"), and focus returns to the control that opened it.
 */
export function Modal({ title, children, onClose, initialFocus, describedBy, testId, class: className }: Props) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const dialog = box.current;
    if (!dialog) return undefined;
    return holdFocusIn(dialog, () => initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE));
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  // A press on the backdrop (outside the dialog) would move the focus to the page behind: it does nothing.
  const onBackdropDown = (event: MouseEvent) => event.target === event.currentTarget && event.preventDefault();
  return (
    <div class="dialog-backdrop" onMouseDown={onBackdropDown}>
      <div ref={box} class={`dialog ${className ?? ''}`} role="dialog" aria-modal="true" tabIndex={-1} aria-labelledby={titleId} aria-describedby={describedBy} data-testid={testId} onKeyDown={onKeyDown}>
        <h3 id={titleId}>{title}</h3>
        {children}
      </div>
    </div>
  );
}
