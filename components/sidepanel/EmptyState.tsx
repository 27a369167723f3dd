import { browser } from 'wxt/browser';
import { useI18n } from '../shared/i18n-context';
import { useMeta } from '../shared/use-meta';

/**
 * No mailbox yet: how to get the first ones. Without HubSpot (or before the background answered):
 * connect HubSpot, open a mailbox, open HubSpot's settings. With HubSpot connected it never asks
 * to connect it again: it says the first sync is running, or what else finds mailboxes.
 */
export function EmptyState({ hubspotConnected }: { hubspotConnected: boolean | undefined }) {
  const { t } = useI18n();
  const syncRunning = useMeta('syncStatus')?.state === 'running';
  return (
    <section class="empty-state" data-testid="sidepanel-empty" data-hubspot={hubspotConnected ? 'connected' : 'unknown'} aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t('ui.empty.title')}</h2>
      {hubspotConnected && <p data-testid="sidepanel-empty-connected">{t(syncRunning ? 'ui.empty.syncing' : 'ui.empty.connected')}</p>}
      <ol>
        {!hubspotConnected && <li>{t('ui.empty.step1')}</li>}
        <li>{t('ui.empty.step2')}</li>
        <li>{t('ui.empty.step3')}</li>
      </ol>
      {!hubspotConnected && (
        <button type="button" data-testid="open-options" onClick={() => void browser.runtime.openOptionsPage()}>{t('sidepanel.openOptions')}</button>
      )}
    </section>
  );
}
