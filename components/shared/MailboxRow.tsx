import { useEffect, useRef } from 'preact/hooks';
import type { MailboxSummary } from '../../lib/messaging/extension-protocol';
import type { MessageKey } from '../../lib/i18n';
import { formatAge } from './age';
import { useI18n } from './i18n-context';
import { StatusPill } from './StatusPill';

const PROVIDER_KEYS = ['provider.google', 'provider.microsoft365', 'provider.outlook', 'provider.imap', 'provider.unknown'];

interface RowProps {
  mailbox: MailboxSummary & { name?: string; ownerName?: string };
  now: number;
  /** Makes the address a button that opens the mailbox's detail (side panel). */
  onOpen?: (address: string) => void;
  /** Focus the row's button when it appears (returning from the detail view). */
  focusOnMount?: boolean;
}

/** One mailbox: address, provider, age, status. Names and addresses are user data: text only. */
export function MailboxRow({ mailbox, now, onOpen, focusOnMount }: RowProps) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnMount) button.current?.focus();
  }, [focusOnMount]);
  const providerKey = `provider.${mailbox.provider}`;
  const meta = [
    mailbox.name,
    mailbox.ownerName && mailbox.ownerName !== mailbox.name ? mailbox.ownerName : undefined,
    PROVIDER_KEYS.includes(providerKey) ? t(providerKey as MessageKey) : mailbox.provider,
    t('popup.seenAgo', { age: formatAge(mailbox.lastSeenAt, now, t) }),
  ].filter(Boolean);
  return (
    <li class="mailbox-row" data-testid="mailbox-row" data-address={mailbox.address} data-inboxlink-status={mailbox.status}>
      {onOpen ? (
        <button type="button" ref={button} class="mailbox-row__address link-button" data-testid="mailbox-open" onClick={() => onOpen(mailbox.address)}>
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
