import { useI18n } from '../shared/i18n-context';
import { useTabMailbox } from '../shared/use-tab-mailbox';

/**
 * The mailbox of the window's active tab, one click from its detail: the chip opens the side
 * panel on its tab, and the user expects to land on that mailbox. Follows tab switches.
 */
export function TabShortcut({ onOpen }: { onOpen: (address: string) => void }) {
  const { t } = useI18n();
  const tab = useTabMailbox('', true);
  if (tab.state !== 'ready' || !tab.address) return null;
  const address = tab.address;
  return (
    <p class="tab-shortcut" data-testid="tab-shortcut" data-address={address}>
      {t('ui.popup.tabMailbox')}:{' '}
      <button type="button" class="link-button" onClick={() => onOpen(address)}>{address}</button>
    </p>
  );
}
