import { useId, useRef, useState } from 'preact/hooks';
import { normalizeAddress } from '../../lib/model';
import { Modal } from '../shared/Modal';

interface Props {
  title: string;
  message: string;
  /** What must be typed (an address); the confirm button stays disabled until it matches. */
  expected: string;
  inputLabel: string;
  confirmLabel: string;
  backLabel: string;
  onConfirm: (typed: string) => void;
  onClose: () => void;
}

/**
 * The confirmation of an irreversible step: the user types the address the step acts on, as
 * HubSpot's own "Remove me" dialog asks. The typed text goes to the background with the event,
 * and the runner checks it again; focus starts on the field, Escape backs out.
 */
export function TypedConfirmDialog({ title, message, expected, inputLabel, confirmLabel, backLabel, onConfirm, onClose }: Props) {
  const messageId = useId();
  const inputId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const matches = normalizeAddress(typed) === normalizeAddress(expected);
  return (
    <Modal title={title} onClose={onClose} initialFocus={field} describedBy={messageId} testId="typed-confirm-dialog">
      <p id={messageId}>{message}</p>
      <label for={inputId}>{inputLabel}</label>
      <input id={inputId} ref={field} type="email" autocomplete="off" spellcheck={false} data-testid="typed-confirm-input" value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
      <div class="actions">
        <button type="button" data-testid="dialog-back" onClick={onClose}>{backLabel}</button>
        <button type="button" class="danger" data-testid="dialog-confirm" disabled={!matches} onClick={() => onConfirm(typed)}>{confirmLabel}</button>
      </div>
    </Modal>
  );
}
