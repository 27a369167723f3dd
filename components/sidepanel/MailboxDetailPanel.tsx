import { useI18n } from '../shared/i18n-context';
import { useMailboxDetail } from '../shared/use-mailbox-detail';
import { MailboxDetailView } from './MailboxDetailView';
import { errorText } from '../../lib/i18n/error-text';

/**
 * The detail route: reads the mailbox live from the store and renders it. A re-read that fails
 * says so above the detail last read, which stays (replacing it would close an open dialog and
 * move the focus).
 */
export function MailboxDetailPanel({ address, now, onBack }: { address: string; now: number; onBack: () => void }) {
  const { t } = useI18n();
  const { detail, error } = useMailboxDetail(address);
  const alert = error && <p class="error" role="alert">{errorText(t, error)}</p>;
  if (!detail || detail.address !== address.toLowerCase()) return alert || <p aria-busy="true" />;
  return (
    <>
      {alert}
      <MailboxDetailView detail={detail} now={now} onBack={onBack} />
    </>
  );
}
