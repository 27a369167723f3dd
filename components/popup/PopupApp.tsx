import { useEffect, useState } from 'preact/hooks';
import { createClient, protocol } from '../../lib/messaging';
import type { MailboxSummary } from '../../lib/messaging/extension-protocol';
import { useI18n } from '../shared/i18n-context';
import { MailboxRow } from '../shared/MailboxRow';

const send = createClient(protocol);

type Load = { state: 'loading' } | { state: 'ready'; mailboxes: MailboxSummary[] } | { state: 'failed'; message: string };

/** The toolbar popup: the mailboxes Inboxlink has seen, with their status. */
export function PopupApp() {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    send('mailboxes/summary', {})
      .then(({ mailboxes }) => setLoad({ state: 'ready', mailboxes }))
      .catch((error: unknown) => setLoad({ state: 'failed', message: error instanceof Error ? error.message : String(error) }));
  }, []);

  return (
    <main data-testid="popup" aria-busy={load.state === 'loading'}>
      <h1>{t('popup.title')}</h1>
      <h2>{t('popup.allMailboxes')}</h2>
      {load.state === 'failed' && <p class="error" role="alert">{t('error.generic', { message: load.message })}</p>}
      {load.state === 'ready' && load.mailboxes.length === 0 && <p class="empty">{t('popup.noMailboxes')}</p>}
      {load.state === 'ready' && load.mailboxes.length > 0 && (
        <ul class="mailboxes">
          {load.mailboxes.map((mailbox) => <MailboxRow key={mailbox.address} mailbox={mailbox} now={Date.now()} />)}
        </ul>
      )}
    </main>
  );
}
