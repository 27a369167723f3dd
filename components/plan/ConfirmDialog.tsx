import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { Modal } from '../shared/Modal';

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

/**
 * A modal confirmation (shared/Modal.tsx): focus moves into it on "back", the safe choice; Tab
 * stays inside, Escape closes it without acting, and focus returns to the button that opened it.
 */
export function ConfirmDialog({ title, message, confirmLabel, backLabel, onConfirm, onClose, testId = 'confirm-dialog', children, ready = true }: Props) {
  const messageId = useId();
  const back = useRef<HTMLButtonElement>(null);
  return (
    <Modal title={title} onClose={onClose} initialFocus={back} describedBy={messageId} testId={testId}>
      <p id={messageId}>{message}</p>
      {children}
      <div class="actions">
        <button type="button" ref={back} data-testid="dialog-back" onClick={onClose}>{backLabel}</button>
        {ready && <button type="button" class="danger" data-testid="dialog-confirm" onClick={onConfirm}>{confirmLabel}</button>}
      </div>
    </Modal>
  );
}
