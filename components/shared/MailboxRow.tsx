import type { MailboxSummary } from '../../lib/messaging/extension-protocol';
import { formatAge } from './age';
import { useI18n } from './i18n-context';
import { StatusPill } from './StatusPill';

export function MailboxRow({ mailbox, now }: { mailbox: MailboxSummary; now: number }) {
  const { t } = useI18n();
  const provider = `provider.${mailbox.provider}` as const;
  return (
    <li class="mailbox-row" data-testid="mailbox-row" data-address={mailbox.address} data-inboxlink-status={mailbox.status}>
      <span class="mailbox-row__address">{mailbox.address}</span>
      <span class="mailbox-row__meta">
        {isProviderKey(provider) ? t(provider) : mailbox.provider} · {t('popup.seenAgo', { age: formatAge(mailbox.lastSeenAt, now, t) })}
      </span>
      <StatusPill status={mailbox.status} />
    </li>
  );
}

function isProviderKey(key: string): key is 'provider.google' | 'provider.microsoft365' | 'provider.outlook' | 'provider.imap' | 'provider.unknown' {
  return ['provider.google', 'provider.microsoft365', 'provider.outlook', 'provider.imap', 'provider.unknown'].includes(key);
}
