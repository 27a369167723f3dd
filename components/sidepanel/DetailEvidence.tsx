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
              <li key={account.id} data-testid="channel-record" data-state={channelState(account)}>
                <strong>{t('ui.crm.team.channel', { name: account.name })}</strong> · {t('ui.detail.inbox', { inbox: account.inboxId })}
                <br />
                {channelFacts(account).map((key) => t(key)).join(' · ')}
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

type ChannelFactKey = 'ui.crm.team.active' | 'ui.crm.team.inactive' | 'ui.crm.team.authorized' | 'ui.crm.team.unauthorized' | 'ui.crm.team.archived' | 'ui.crm.team.gone';

/** As on HubSpot's side (components/shared/HubSpotSide.tsx): a channel that is no longer live is not called active or authorized. */
function channelState(account: ChannelAccount): 'gone' | 'archived' | 'live' {
  return account.goneAt ? 'gone' : account.archived ? 'archived' : 'live';
}

function channelFacts(account: ChannelAccount): ChannelFactKey[] {
  const state = channelState(account);
  if (state === 'gone') return ['ui.crm.team.gone'];
  if (state === 'archived') return ['ui.crm.team.archived'];
  return [account.active ? 'ui.crm.team.active' : 'ui.crm.team.inactive', account.authorized ? 'ui.crm.team.authorized' : 'ui.crm.team.unauthorized'];
}
