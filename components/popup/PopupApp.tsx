import { useI18n } from '../shared/i18n-context';
import { useMailboxDetail } from '../shared/use-mailbox-detail';
import { PopupActions } from './PopupActions';
import { canUnlink } from '../plan/can-unlink';
import { PopupMailbox } from './PopupMailbox';
import { PopupSignedInAs } from './PopupSignedInAs';
import { PopupSummary } from './PopupSummary';
import { TabNotice } from './TabNotice';
import { LazyPopupPartnerCount } from './LazyPopupPartnerCount';
import { useTabMailbox } from '../shared/use-tab-mailbox';
import type { PopupStart } from './popup-start';
import { errorText } from '../../lib/i18n/error-text';

/**
 * The toolbar popup. On a mail tab: that tab's mailbox, both sides, findings and actions.
 * Elsewhere, or on a mail tab that shows no mailbox (a script cut off by an update, or a page it
 * could not read: TabNotice says which), a summary of all mailboxes. `popup.html?tab=<id>` shows
 * the view for that tab (the side panel and the e2e tests open it that way).
 * `start` (entrypoints/popup/main.tsx) is what was read before mounting: shown until the live
 * hooks have their own answer, so the first render already carries the status.
 */
export function PopupApp({ start }: { start?: PopupStart }) {
  const { t } = useI18n();
  const liveTab = useTabMailbox(location.search);
  const tab = liveTab.state === 'loading' && start ? start.tab : liveTab;
  const address = tab.state === 'ready' ? (tab.address ?? undefined) : undefined;
  const live = useMailboxDetail(address);
  const error = live.error;
  const detail = live.detail ?? (!error && start?.detail?.address === address ? start?.detail : undefined);
  const now = Date.now();
  const loading = tab.state === 'loading' || (address !== undefined && !detail && !error);

  return (
    <main data-testid="popup" aria-busy={loading} data-inboxlink-status={address ? detail?.verdict.status : undefined}>
      <h1>{t('popup.title')}</h1>
      {error && <p class="error" role="alert">{errorText(t, error)}</p>}
      {tab.state === 'ready' && <TabNotice state={tab.contentScript} target={tab.target} />}
      <LazyPopupPartnerCount />
      {tab.state === 'ready' && address && detail && (
        <>
          <PopupMailbox detail={detail} now={now} />
          {tab.state === 'ready' && tab.signedInAs && <PopupSignedInAs address={tab.signedInAs} />}
          <PopupActions target={tab.target} unlinkAddress={canUnlink(detail.verdict.status) ? detail.address : undefined} />
        </>
      )}
      {tab.state === 'ready' && !address && (
        <>
          <PopupSummary now={now} />
          <PopupActions target={tab.target} />
        </>
      )}
    </main>
  );
}
