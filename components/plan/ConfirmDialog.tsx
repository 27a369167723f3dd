import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  title: string;
  /** The consequence, in the user's language (rendered as text). */
  message: string;
  confirmLabel: string;
  backLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  testId?: string;
  /** More of what the confirmation is about (e.g. the apps an api step removes), as text. */
  children?: ComponentChildren;
  /** False while what it is about is still loading: no confirm button until it can be read. */
  ready?: boolean;
}

const FOCUSABLE = 'button:not([disabled]), a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation: focus moves into it (on "back", the safe choice), Tab stays inside,
 * Escape closes it without acting and goes no further (the detail view's Escape means "back to
 * the list"), and focus returns to the button that opened it.
 */
export function ConfirmDialog({ title, message, confirmLabel, backLabel, onConfirm, onClose, testId = 'confirm-dialog', children, ready = true }: Props) {
  const titleId = useId();
  const messageId = useId();
  const box = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    back.current?.focus();
    return () => opener?.focus();
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
  return (
    <div class="dialog-backdrop">
      <div ref={box} class="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={messageId} data-testid={testId} onKeyDown={onKeyDown}>
        <h3 id={titleId}>{title}</h3>
        <p id={messageId}>{message}</p>
        {children}
        <div class="actions">
          <button type="button" ref={back} data-testid="dialog-back" onClick={onClose}>{backLabel}</button>
          {ready && <button type="button" class="danger" data-testid="dialog-confirm" onClick={onConfirm}>{confirmLabel}</button>}
        </div>
      </div>
    </div>
  );
}
