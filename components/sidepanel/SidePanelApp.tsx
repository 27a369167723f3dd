import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createClient, protocol } from '../../lib/messaging';
import type { MailboxSummary } from '../../lib/messaging/extension-protocol';
import { useI18n } from '../shared/i18n-context';
import { MailboxRow } from '../shared/MailboxRow';

const send = createClient(protocol);

/** The side panel: every mailbox Inboxlink knows, with an empty state that says what to do. */
export function SidePanelApp() {
  const { t } = useI18n();
  const [mailboxes, setMailboxes] = useState<MailboxSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    send('mailboxes/summary', {})
      .then((reply) => setMailboxes(reply.mailboxes))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  return (
    <main data-testid="sidepanel" aria-busy={mailboxes === undefined && !error}>
      <h1>{t('sidepanel.title')}</h1>
      {error && <p class="error" role="alert">{t('error.generic', { message: error })}</p>}
      {mailboxes?.length === 0 && (
        <div class="empty">
          <p>{t('sidepanel.empty')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('sidepanel.openOptions')}</button>
        </div>
      )}
      {mailboxes && mailboxes.length > 0 && (
        <ul class="mailboxes">
          {mailboxes.map((m) => <MailboxRow key={m.address} mailbox={m} now={Date.now()} />)}
        </ul>
      )}
    </main>
  );
}
