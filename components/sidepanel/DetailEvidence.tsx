import type { ChannelAccount, ProviderGrant } from '../../lib/model';
import { formatAge } from '../shared/age';
import { useI18n } from '../shared/i18n-context';

/** The records behind both sides: every provider grant with its source, every team channel's fields. */
export function DetailEvidence({ grants, channelAccounts, now }: { grants: readonly ProviderGrant[]; channelAccounts: readonly ChannelAccount[]; now: number }) {
  const { t } = useI18n();
  return (
    <section class="detail-block" data-testid="detail-evidence">
      <h3>{t('ui.detail.evidence')}</h3>
      <h4>{t('ui.detail.grants')}</h4>
      {grants.length === 0 ? (
        <p class="muted">{t('ui.detail.noGrants')}</p>
      ) : (
        <ul class="records">
          {grants.map((grant) => (
            <li key={grant.key} data-testid="grant-record" data-state={grant.state} data-source={grant.evidence.source}>
              <strong>{grant.app}</strong> · {t(`provider.${grant.provider}`)}: {t(`ui.grant.${grant.state}`)}
              <br />
              <span class="muted">{t('ui.grant.from', { source: t(`ui.source.${grant.evidence.source}`), age: formatAge(grant.evidence.at, now, t) })}</span>
              {grant.clientId && <><br /><span class="muted">{t('ui.detail.client', { client: grant.clientId })}</span></>}
              {grant.scopes.length > 0 && <><br /><span class="muted">{t('ui.detail.scopes', { scopes: grant.scopes.join(', ') })}</span></>}
            </li>
          ))}
        </ul>
      )}
      {channelAccounts.length > 0 && (
        <>
          <h4>{t('ui.detail.channels')}</h4>
          <ul class="records">
            {channelAccounts.map((account) => (
              <li key={account.id} data-testid="channel-record">
                <strong>{t('ui.crm.team.channel', { name: account.name })}</strong> · {t('ui.detail.inbox', { inbox: account.inboxId })}
                <br />
                {[
                  t(account.active ? 'ui.crm.team.active' : 'ui.crm.team.inactive'),
                  t(account.authorized ? 'ui.crm.team.authorized' : 'ui.crm.team.unauthorized'),
                  account.archived ? t('ui.crm.team.archived') : undefined,
                  account.goneAt ? t('ui.crm.team.gone') : undefined,
                ].filter(Boolean).join(' · ')}
                <br />
                <span class="muted">{t('ui.crm.team.synced', { age: formatAge(account.syncedAt, now, t) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
