import { useId } from 'preact/hooks';
import type { ChannelAccount } from '../../lib/model';
import { ownerOfKnownInbox, personalSideFrom } from '../../lib/status/mailbox-facts';
import { teamSideFrom, type TeamSide } from '../../lib/status/team-side';
import { formatAge } from './age';
import { connectedEmailsUrlFor } from './hubspot-links';
import { useI18n } from './i18n-context';
import type { MailboxDetail } from './mailbox-detail';

/**
 * HubSpot's side of one mailbox: the personal inbox as observed, or the team channel as synced
 * (or, when newer, as HubSpot's Channels page showed it: the same reading the status takes).
 */
export function HubSpotSide({ detail, now }: { detail: MailboxDetail; now: number }) {
  const { t } = useI18n();
  const headingId = useId();
  const team = detail.verdict.kind === 'team' ? teamSideFrom(detail.facts.channelAccounts, detail.facts.observations) : undefined;
  return (
    <section class="side" data-testid="hubspot-side" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('ui.side.hubspot')}</h3>
      {team?.account ? <TeamChannel account={team.account} side={team} now={now} /> : <PersonalInbox detail={detail} now={now} />}
    </section>
  );
}

function PersonalInbox({ detail, now }: { detail: MailboxDetail; now: number }) {
  const { t } = useI18n();
  const side = personalSideFrom(detail.facts.observations, { portalId: detail.facts.portalId, owner: ownerOfKnownInbox(detail.facts) });
  if (!side) {
    // No API shows a personal inbox in HubSpot: the fix is to open Connected emails once, where
    // the guide script observes the inbox. The chip of an unknown mailbox points here.
    return (
      <div data-state="unknown">
        <p><strong>{t('ui.crm.personal.unknown')}</strong></p>
        <p class="muted">{t('ui.crm.openSettingsOnce')}</p>
        <p class="muted" data-testid="owner-page-only">{t('ui.crm.ownerPageOnly')}</p>
        <a href={connectedEmailsUrlFor(detail)} target="_blank" rel="noopener noreferrer" data-testid="open-hubspot-settings">
          {t('ui.crm.openSettingsLink')}
        </a>
      </div>
    );
  }
  return (
    <div data-state={side.state}>
      <p><strong>{t(`ui.crm.personal.${side.state}`)}</strong></p>
      {/* HubSpot's own text is in the page's language and its wording: say that there is one, not what. */}
      {side.error && <p class="error" data-testid="crm-error">{t('ui.crm.error')}</p>}
      <p class="muted">{t(side.state === 'not-connected' ? 'ui.crm.notListed' : 'ui.crm.observed', { age: formatAge(side.evidence.at, now, t) })}</p>
    </div>
  );
}

function TeamChannel({ account, side, now }: { account: ChannelAccount; side: TeamSide; now: number }) {
  const { t } = useI18n();
  const { notListedOnPage, evidence, summary } = side;
  // A channel the API no longer lists, or the Channels page no longer shows since the last sync
  // (the side's summary says not connected), is called only that: never also "active" or
  // "authorized" from an older listing.
  const gone = summary.seen && !summary.connected;
  const state = gone ? 'archived' : account.active && account.authorized ? 'active' : 'inactive';
  return (
    <div data-state={state} data-source={evidence?.source}>
      <p>{t('ui.crm.team.channel', { name: account.name })}</p>
      <ul class="facts">
        {notListedOnPage ? <li>{t('ui.crm.team.notListedOnPage')}</li> : account.goneAt ? <li>{t('ui.crm.team.gone')}</li> : account.archived && <li>{t('ui.crm.team.archived')}</li>}
        {!gone && <li>{t(account.active ? 'ui.crm.team.active' : 'ui.crm.team.inactive')}</li>}
        {!gone && <li>{t(account.authorized ? 'ui.crm.team.authorized' : 'ui.crm.team.unauthorized')}</li>}
      </ul>
      {notListedOnPage && evidence && <p class="muted">{t('ui.crm.team.observedOnPage', { age: formatAge(evidence.at, now, t) })}</p>}
      <p class="muted">{t('ui.crm.team.synced', { age: formatAge(account.syncedAt, now, t) })}</p>
    </div>
  );
}
