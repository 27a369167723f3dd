import { useEffect, useState } from 'preact/hooks';
import { createClient, protocol } from '../../lib/messaging';
import { useI18n } from '../shared/i18n-context';
import { SyncStatusLine } from '../shared/SyncStatusLine';
import { useHubSpotConnected } from '../shared/use-hubspot-connected';
import { useMailboxIndex } from '../shared/use-mailbox-index';
import { EmptyState } from './EmptyState';
import { NO_FILTERS, type MailboxFilters } from './filter-mailboxes';
import { MailboxDetailPanel } from './MailboxDetailPanel';
import { MailboxList } from './MailboxList';
import { TabShortcut } from './TabShortcut';
import { usePanelFocus } from '../plan/panel-focus';
import { errorText } from '../../lib/i18n/error-text';
import { isPartnerSubject } from '../../lib/partner/facts';
import { LazyPartnerView } from '../partner/LazyPartnerView';
import { PartnerEntry } from '../partner/PartnerEntry';
import { PeopleLink } from '../people/PeopleLink';

const send = createClient(protocol);
/** Opening the panel refreshes data older than this. */
const STALE_AFTER_MS = 5 * 60_000;

/**
 * The side panel: every mailbox Inboxlink knows, live from the store (offline too, with the
 * data's age), filtered and searchable; a detail view per mailbox, with Back.
 */
export function SidePanelApp() {
  const { t } = useI18n();
  const { rows, error } = useMailboxIndex();
  const hubspotConnected = useHubSpotConnected();
  const [filters, setFilters] = useState<MailboxFilters>(NO_FILTERS);
  // `?view=partner` (or a plan on the partner settings) opens the Partner view instead of a mailbox.
  const [route, setRoute] = useState<{ open?: string; returnTo?: string; partner?: boolean }>(() =>
    new URLSearchParams(location.search).get('view') === 'partner' ? { partner: true } : {},
  );
  useEffect(() => {
    // Fire and forget: the cache shows at once; fresh data arrives through change events.
    void send('sync/if-stale', { maxAgeMs: STALE_AFTER_MS }).catch(() => undefined);
  }, []);
  // "Start unlinking" in the popup lands on that mailbox's plan (components/plan/panel-focus.ts).
  usePanelFocus(location.search, (open) => setRoute(isPartnerSubject(open) ? { partner: true } : { open }));
  const now = Date.now();

  return (
    <main data-testid="sidepanel" aria-busy={rows === undefined && !error} data-view={route.partner ? 'partner' : route.open ? 'detail' : 'list'}>
      <h1>{t('sidepanel.title')}</h1>
      <SyncStatusLine now={now} />
      {/* Without HubSpot a sync has nothing to read: the status line above says to connect it. */}
      <button type="button" data-testid="sync-now" disabled={hubspotConnected === false} onClick={() => void send('sync/now', {})}>{t('sync.recheck')}</button>
      {error && <p class="error" role="alert">{errorText(t, error)}</p>}
      {route.partner ? (
        <>
          <button type="button" data-testid="partner-back" onClick={() => setRoute({})}>{t('partner.back')}</button>
          <LazyPartnerView />
        </>
      ) : route.open ? (
        <MailboxDetailPanel address={route.open} now={now} onBack={() => setRoute({ returnTo: route.open })} />
      ) : (
        <>
          <PartnerEntry onOpen={() => setRoute({ partner: true })} />
          <PeopleLink hubspotConnected={hubspotConnected} />
          {rows && rows.length > 0 && <TabShortcut onOpen={(open) => setRoute({ open })} />}
          {rows?.length === 0 && <EmptyState hubspotConnected={hubspotConnected} />}
          {rows && rows.length > 0 && (
            <MailboxList rows={rows} filters={filters} onFilters={setFilters} onOpen={(open) => setRoute({ open })} returnTo={route.returnTo} now={now} />
          )}
        </>
      )}
    </main>
  );
}
