import { useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import type { ResponseOf } from '../../lib/messaging';
import { useI18n } from '../shared/i18n-context';
import { ConfirmButton } from './ConfirmButton';
import { send } from './send';
import { errorText } from '../../lib/i18n/error-text';

type Cleared = ResponseOf<'data/clear'>;
type Connection = Cleared['connections'][number];

/** Store names as the person knows them; a store not listed here shows under its own name. */
const STORE_LABELS: Readonly<Record<string, MessageKey>> = {
  mailboxes: 'options.data.store.mailboxes',
  observations: 'options.data.store.observations',
  crmUsers: 'options.data.store.crmUsers',
  owners: 'options.data.store.owners',
  teams: 'options.data.store.teams',
  roles: 'options.data.store.roles',
  inboxes: 'options.data.store.inboxes',
  channelAccounts: 'options.data.store.channelAccounts',
  grants: 'options.data.store.grants',
  findings: 'options.data.store.findings',
  plans: 'options.data.store.plans',
  syncState: 'options.data.store.syncState',
};

const CONNECTION_LABELS: Readonly<Record<Connection['provider'], MessageKey>> = {
  hubspot: 'options.data.clearedHubSpot',
  google: 'options.data.clearedGoogle',
  microsoft: 'options.data.clearedMicrosoft',
};

/**
 * Clears the local cache and every token after an explicit confirmation; the background does it,
 * audits it and reports what it removed, which is shown here (the audit log stays).
 */
export function ClearData() {
  const { t } = useI18n();
  const [result, setResult] = useState<Cleared | undefined>();
  const [error, setError] = useState<string | undefined>();
  const clear = async () => {
    setResult(undefined);
    setError(undefined);
    try {
      setResult(await send('data/clear', { confirmed: true }));
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  return (
    <div data-testid="data-clear">
      <ConfirmButton label={t('options.data.clear')} question={t('options.data.confirmClear')} confirm={t('options.data.confirmYes')} onConfirm={clear} />
      {result && <ClearedReport result={result} />}
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}

function ClearedReport({ result }: { result: Cleared }) {
  const { t } = useI18n();
  const nothing = result.removed.length === 0 && result.connections.length === 0;
  return (
    <div role="status" data-testid="data-cleared" data-records={result.removed.reduce((sum, entry) => sum + entry.count, 0)} data-connections={result.connections.length}>
      <p>{t('options.data.cleared')}</p>
      {nothing ? (
        <p>{t('options.data.clearedNothing')}</p>
      ) : (
        <ul>
          {result.connections.map((connection) => (
            <li key={`${connection.provider}:${connection.account ?? connection.portalId ?? ''}`}>
              {t(CONNECTION_LABELS[connection.provider], { account: connection.account ?? '', portalId: connection.portalId ?? '' })}
            </li>
          ))}
          {result.removed.map(({ store, count }) => {
            const label = STORE_LABELS[store];
            return <li key={store}>{t('options.data.clearedCount', { label: label ? t(label) : store, count })}</li>;
          })}
        </ul>
      )}
      <p class="muted">{t('options.data.clearedKept')}</p>
    </div>
  );
}
