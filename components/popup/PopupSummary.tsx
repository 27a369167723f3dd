import { useEffect, useState } from 'preact/hooks';
import { sendLater as send } from '../shared/send-later';
import type { MailboxSummary } from '../../lib/messaging/extension-protocol';
import type { StoreName } from '../../lib/store';
import { subscribe } from '../../lib/store/changes';
import { needsAttention } from '../../lib/status/mailbox-status';
import { useI18n } from '../shared/i18n-context';
import { MailboxRow } from '../shared/MailboxRow';
import { errorText } from '../../lib/i18n/error-text';

const WATCHED: StoreName[] = ['mailboxes', 'observations', 'channelAccounts', 'grants'];

type Load = { state: 'loading' } | { state: 'ready'; mailboxes: MailboxSummary[] } | { state: 'failed'; error: unknown };

/** Every mailbox Inboxlink has seen, with its status: the popup outside a mail tab. */
export function PopupSummary({ now }: { now: number }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    // Asked of the background (which also wakes it to refresh), re-asked on each store change.
    const ask = () =>
      void send('mailboxes/summary', {})
        .then(({ mailboxes }) => setLoad({ state: 'ready', mailboxes }))
        .catch((error: unknown) => setLoad({ state: 'failed', error }));
    ask();
    return subscribe(WATCHED, ask);
  }, []);
  const attention = load.state === 'ready' ? load.mailboxes.filter((m) => needsAttention(m.status)).length : 0;

  return (
    <section data-testid="popup-summary" aria-labelledby="popup-summary-heading" aria-busy={load.state === 'loading'}>
      <h2 id="popup-summary-heading">{t('popup.allMailboxes')}</h2>
      {load.state === 'failed' && <p class="error" role="alert">{errorText(t, load.error)}</p>}
      {load.state === 'ready' && load.mailboxes.length === 0 && <p class="empty">{t('popup.noMailboxes')}</p>}
      {load.state === 'ready' && load.mailboxes.length > 0 && (
        <>
          <p data-testid="attention-count" data-count={attention}>{t('ui.summary.attention', { count: attention })}</p>
          <ul class="mailboxes" aria-label={t('ui.list.label')}>
            {load.mailboxes.map((mailbox) => <MailboxRow key={mailbox.address} mailbox={mailbox} now={now} />)}
          </ul>
        </>
      )}
    </section>
  );
}
