import type { LinkStatus } from '../../lib/status/mailbox-status';
import { useI18n } from './i18n-context';

/** The status word with its colour; the text always carries the meaning. */
export function StatusPill({ status }: { status: LinkStatus }) {
  const { t } = useI18n();
  return (
    <span class={`pill pill--${status}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
