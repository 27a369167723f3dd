import { useState } from 'preact/hooks';
import { createClient, protocol } from '../../lib/messaging';
import { useI18n } from '../shared/i18n-context';
import { openSidePanelFromClick } from '../shared/open-side-panel';
import type { TabTarget } from '../shared/current-tab';

const send = createClient(protocol);

type Notice = { kind: 'info' | 'error'; text: string } | undefined;

/**
 * The popup's intents: open the side panel, recheck now. "Start unlinking" joins them once a plan
 * flow exists (lib/plans); until then no button promises it.
 */
export function PopupActions({ target }: { target: TabTarget }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice>();
  const openPanel = () => {
    // Synchronously inside the click: the browser requires the user gesture.
    openSidePanelFromClick(target).then(
      (opened) => {
        if (!opened) setNotice({ kind: 'error', text: t('ui.popup.panelUnavailable') });
        // A real popup steps aside for the panel; a popup opened as a tab (?tab=) stays.
        else if (!target.explicit) window.close();
      },
      (error: unknown) => setNotice({ kind: 'error', text: t('error.generic', { message: error instanceof Error ? error.message : String(error) }) }),
    );
  };
  const recheck = () =>
    void send('sync/now', {}).then(
      () => setNotice({ kind: 'info', text: t('ui.popup.recheckStarted') }),
      (error: unknown) => setNotice({ kind: 'error', text: t('error.generic', { message: error instanceof Error ? error.message : String(error) }) }),
    );
  return (
    <div class="actions">
      <button type="button" data-testid="open-sidepanel" onClick={openPanel}>{t('popup.openSidePanel')}</button>
      <button type="button" data-testid="recheck" onClick={recheck}>{t('popup.recheck')}</button>
      <p class={notice?.kind === 'error' ? 'error' : 'muted'} role="status" data-testid="popup-notice">{notice?.text ?? ''}</p>
    </div>
  );
}
