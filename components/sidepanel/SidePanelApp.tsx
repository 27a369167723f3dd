import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createClient, protocol } from '../../lib/messaging';
import { useI18n } from '../shared/i18n-context';
import { MailboxRow } from '../shared/MailboxRow';
import { SyncStatusLine } from '../shared/SyncStatusLine';
import { useMailboxes } from '../shared/use-mailboxes';

const send = createClient(protocol);
/** Opening the panel refreshes data older than this. */
const STALE_AFTER_MS = 5 * 60_000;

/** The side panel: every mailbox Inboxlink knows, live, with the sync's state and the data's age. */
export function SidePanelApp() {
  const { t } = useI18n();
  const { rows, error } = useMailboxes();
  useEffect(() => {
    // Fire and forget: the cache shows at once; fresh data arrives through change events.
    void send('sync/if-stale', { maxAgeMs: STALE_AFTER_MS }).catch(() => undefined);
  }, []);

  return (
    <main data-testid="sidepanel" aria-busy={rows === undefined && !error}>
      <h1>{t('sidepanel.title')}</h1>
      <SyncStatusLine now={Date.now()} />
      <button type="button" onClick={() => void send('sync/now', {})}>{t('sync.recheck')}</button>
      {error && <p class="error" role="alert">{t('error.generic', { message: error })}</p>}
      {rows?.length === 0 && (
        <div class="empty">
          <p>{t('sidepanel.empty')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>{t('sidepanel.openOptions')}</button>
        </div>
      )}
      {rows && rows.length > 0 && (
        <ul class="mailboxes">
          {rows.map((m) => <MailboxRow key={m.address} mailbox={m} now={Date.now()} />)}
        </ul>
      )}
    </main>
  );
}
