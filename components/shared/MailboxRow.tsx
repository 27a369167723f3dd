import type { MailboxSummary } from '../../lib/messaging/extension-protocol';
import type { MessageKey } from '../../lib/i18n';
import { formatAge } from './age';
import { useI18n } from './i18n-context';
import { StatusPill } from './StatusPill';
import type { VirtualItemProps } from './VirtualList';

const PROVIDER_KEYS = ['provider.google', 'provider.microsoft365', 'provider.outlook', 'provider.imap', 'provider.unknown'];

interface RowProps {
  mailbox: MailboxSummary & { name?: string; ownerName?: string };
  now: number;
  /** Makes the address a button that opens the mailbox's detail (side panel). */
  onOpen?: (address: string) => void;
  /** Placement and measuring from a VirtualList, when the row is one of its rows. */
  listItem?: VirtualItemProps;
  /** False takes the row's button out of the tab order (a VirtualList keeps one row tabbable). */
  tabbable?: boolean;
}

/** One mailbox: address, provider, age, status. Names and addresses are user data: text only. */
export function MailboxRow({ mailbox, now, onOpen, listItem, tabbable = true }: RowProps) {
  const { t } = useI18n();
  const { measureRef, ...placement } = listItem ?? {};
  const providerKey = `provider.${mailbox.provider}`;
  const meta = [
    mailbox.name,
    mailbox.ownerName && mailbox.ownerName !== mailbox.name ? mailbox.ownerName : undefined,
    PROVIDER_KEYS.includes(providerKey) ? t(providerKey as MessageKey) : mailbox.provider,
    t('popup.seenAgo', { age: formatAge(mailbox.lastSeenAt, now, t) }),
  ].filter(Boolean);
  return (
    <li ref={measureRef} {...placement} class="mailbox-row" data-testid="mailbox-row" data-address={mailbox.address} data-inboxlink-status={mailbox.status}>
      {onOpen ? (
        <button type="button" tabIndex={tabbable ? 0 : -1} class="mailbox-row__address link-button" data-testid="mailbox-open" onClick={() => onOpen(mailbox.address)}>
          {mailbox.address}
        </button>
      ) : (
        <span class="mailbox-row__address">{mailbox.address}</span>
      )}
      <span class="mailbox-row__meta">{meta.join(' · ')}</span>
      <StatusPill status={mailbox.status} />
    </li>
  );
}
