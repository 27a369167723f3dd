import { browser } from 'wxt/browser';
import type { ContentScriptState } from '../../lib/messaging/ui-protocol';
import type { TabTarget } from '../shared/current-tab';
import { useI18n } from '../shared/i18n-context';

/** Reloads the tab whose content script an update cut off; a real popup then steps aside. */
function reloadTab({ tabId, explicit }: TabTarget): void {
  if (tabId === undefined) return;
  void browser.tabs.reload(tabId).then(() => {
    if (!explicit) window.close();
  });
}

/**
 * What the popup says about a mail tab that shows no mailbox status, by the cause:
 * - `silent`: an extension update cut the tab's script off; a reload brings it back;
 * - `unreadable`: the script runs but could not read the page (its layout changed); a reload
 *   would not help, so it offers none and points to the mailboxes listed below and the side panel.
 */
export function TabNotice({ state, target }: { state: ContentScriptState; target: TabTarget }) {
  const { t } = useI18n();
  if (state === 'unreadable') {
    return (
      <div class="notice" data-testid="unreadable-tab" role="status">
        <p>{t('ui.popup.unreadable')}</p>
      </div>
    );
  }
  if (state !== 'silent') return null;
  return (
    <div class="notice" data-testid="reload-tab" role="status">
      <p>{t('popup.reloadTab')}</p>
      {target.tabId !== undefined && (
        <button type="button" onClick={() => reloadTab(target)}>
          {t('ui.popup.reloadButton')}
        </button>
      )}
    </div>
  );
}
