import { useI18n } from '../shared/i18n-context';
import { useMailboxDetail } from '../shared/use-mailbox-detail';
import { StatusPill } from '../shared/StatusPill';

/**
 * A delegated Gmail mailbox or an Outlook shared mailbox: the tab shows that mailbox and the
 * account signed in beside it. Which one HubSpot sees depends on which was connected, so the
 * popup names the other one with its own status instead of letting the mailbox above stand alone.
 */
export function PopupSignedInAs({ address }: { address: string }) {
  const { t } = useI18n();
  const { detail } = useMailboxDetail(address);
  return (
    <p data-testid="popup-signed-in-as" data-address={address}>
      {t('chip.signedInAsAccount', { address })}{' '}
      {detail && <StatusPill status={detail.verdict.status} />}
    </p>
  );
}
