import { useState } from 'preact/hooks';
import { sendLater as send } from '../shared/send-later';
import { useI18n } from '../shared/i18n-context';
import { openSidePanelFromClick } from '../shared/open-side-panel';
import type { TabTarget } from '../shared/current-tab';
import { requestPanelFocus } from '../plan/panel-focus';
import { errorText } from '../../lib/i18n/error-text';

type Notice = { kind: 'info' | 'error'; text: string } | undefined;

/**
 * The popup's intents: open the side panel, recheck now, and "Start unlinking" for a mailbox with
 * a link to undo (`unlinkAddress`): it starts the plan and opens the side panel on it.
 */
export function PopupActions({ target, unlinkAddress }: { target: TabTarget; unlinkAddress?: string }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice>();
  const failed = (error: unknown) => setNotice({ kind: 'error', text: errorText(t, error) });
  const startUnlinking = (address: string) => {
    // The panel opens first, synchronously inside the click (user gesture); it then shows the
    // mailbox named in storage.session and its plan as soon as the background stored it.
    const opened = openSidePanelFromClick(target);
    void Promise.all([opened, requestPanelFocus(address), send('plan/start', { address })]).then(([wasOpened, , answer]) => {
      if ('refused' in answer) setNotice({ kind: 'error', text: t('ui.plan.noPortal') });
      else if (!wasOpened) setNotice({ kind: 'error', text: t('ui.popup.panelUnavailable') });
      else if (!target.explicit) window.close();
    }, failed);
  };
  const openPanel = () => {
    // Synchronously inside the click: the browser requires the user gesture.
    openSidePanelFromClick(target).then(
      (opened) => {
        if (!opened) setNotice({ kind: 'error', text: t('ui.popup.panelUnavailable') });
        // A real popup steps aside for the panel; a popup opened as a tab (?tab=) stays.
        else if (!target.explicit) window.close();
      },
      (error: unknown) => setNotice({ kind: 'error', text: errorText(t, error) }),
    );
  };
  const recheck = () =>
    void send('sync/now', {}).then(
      () => setNotice({ kind: 'info', text: t('ui.popup.recheckStarted') }),
      (error: unknown) => setNotice({ kind: 'error', text: errorText(t, error) }),
    );
  return (
    <div class="actions">
      {unlinkAddress && (
        <button type="button" class="primary" data-testid="start-unlinking" onClick={() => startUnlinking(unlinkAddress)}>{t('ui.plan.start')}</button>
      )}
      <button type="button" data-testid="open-sidepanel" onClick={openPanel}>{t('popup.openSidePanel')}</button>
      <button type="button" data-testid="recheck" onClick={recheck}>{t('popup.recheck')}</button>
      <p class={notice?.kind === 'error' ? 'error' : 'muted'} role="status" data-testid="popup-notice">{notice?.text ?? ''}</p>
    </div>
  );
}
