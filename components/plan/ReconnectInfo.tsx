import type { MessageKey } from '../../lib/i18n';
import type { MailProvider } from '../../lib/model';
import { reconnectInfo } from '../../lib/plans';
import { useI18n } from '../shared/i18n-context';

/** What HubSpot will ask for if this mailbox is connected again, for its provider. */
export function ReconnectInfo({ provider }: { provider: MailProvider }) {
  const { t } = useI18n();
  const info = reconnectInfo(provider);
  return (
    <section data-testid="reconnect" data-provider={info.provider} aria-labelledby="reconnect-heading">
      <h3 id="reconnect-heading">{t('plan.reconnect.title')}</h3>
      <p>{t(info.intro as MessageKey)}</p>
      {info.items.length > 0 && (
        <ul>
          {info.items.map((item) => (
            <li key={item.label} data-testid="reconnect-item">
              {t(item.label as MessageKey)}
              {item.scope && <> (<code>{item.scope}</code>)</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
