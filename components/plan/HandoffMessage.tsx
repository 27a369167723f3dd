import { useMemo, useState } from 'preact/hooks';
import { imapHandoffMessage, type RunPlan } from '../../lib/plans';
import { useI18n } from '../shared/i18n-context';

/**
 * The prepared message to IT for an IMAP mailbox: shown as text, copied to the clipboard, or
 * opened in the mail client through its mailto: link. Built from address, portal and date only.
 */
export function HandoffMessage({ plan }: { plan: RunPlan }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<string>('');
  const message = useMemo(
    () => imapHandoffMessage(t, { address: plan.context.address, portal: plan.context.portal, date: new Date(plan.createdAt) }),
    [t, plan.context.address, plan.context.portal, plan.createdAt],
  );
  const copy = () =>
    void navigator.clipboard.writeText(`${message.subject}\n\n${message.body}`).then(
      () => setNotice(t('ui.plan.copied')),
      () => setNotice(t('ui.plan.copyFailed')),
    );
  return (
    <div class="handoff" data-testid="handoff">
      <p><strong data-testid="handoff-subject">{message.subject}</strong></p>
      <pre class="handoff__body" data-testid="handoff-body">{message.body}</pre>
      <div class="actions">
        <button type="button" data-testid="handoff-copy" onClick={copy}>{t('plan.action.copy')}</button>
        <a href={message.mailto} data-testid="handoff-mailto">{t('plan.action.mail')}</a>
      </div>
      <p role="status" class="muted">{notice}</p>
    </div>
  );
}
