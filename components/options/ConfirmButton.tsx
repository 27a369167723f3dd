import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n-context';

/**
 * A destructive action asked twice, in the page (no window.confirm): the first button reveals the
 * question with "Yes" (focused) and "Cancel"; Escape cancels.
 */
export function ConfirmButton({ label, question, confirm, onConfirm }: { label: string; question: string; confirm: string; onConfirm: () => Promise<void> | void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  // Layout effect: focus moves in the same task, even in a tab the browser does not paint.
  useLayoutEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) return <button type="button" onClick={() => setAsking(true)}>{label}</button>;
  return (
    <div role="group" aria-label={label} onKeyDown={(event) => { if (event.key === 'Escape') setAsking(false); }}>
      <p>{question}</p>
      <button type="button" ref={yes} onClick={() => { setAsking(false); void onConfirm(); }}>{confirm}</button>{' '}
      <button type="button" onClick={() => setAsking(false)}>{t('options.cancel')}</button>
    </div>
  );
}
