import { apiRevokeAllowed, lockedSettings } from '../../lib/policy';
import { useI18n } from '../shared/i18n-context';
import { useSettings } from '../shared/use-settings';
import { ChipPlacesSetting } from './ChipPlacesSetting';
import { ClearData } from './ClearData';
import { ExportData } from './ExportData';
import { GoogleSection } from './GoogleSection';
import { HubSpotSection } from './HubSpotSection';
import { PeopleLink } from '../people/PeopleLink';
import { LazyPartnerView } from '../partner/LazyPartnerView';
import { LanguageSetting } from './LanguageSetting';
import { MicrosoftSection } from './MicrosoftSection';
import { send } from './send';
import { PolicyNotice } from './PolicyNotice';
import { SupportSection } from './SupportSection';
import { SyncIntervalSetting } from './SyncIntervalSetting';
import { usePolicy } from './use-policy';
import { useAuthStatus } from './use-auth-status';

/** The options page: HubSpot, Google and Microsoft admin connections, sync interval, language, the chip's place per mail site, support, local data. */
export function OptionsApp() {
  const { t } = useI18n();
  const settings = useSettings();
  const { status, refresh } = useAuthStatus();
  const reading = usePolicy();
  const policy = reading?.policy ?? {};
  const locked = lockedSettings(policy);
  return (
    <main data-testid="options" aria-busy={status === undefined}>
      <h1>{t('options.title')}</h1>
      {reading && <PolicyNotice reading={reading} />}
      <HubSpotSection status={status?.hubspot ?? undefined} onChange={refresh} />
      <PeopleLink hubspotConnected={status ? Boolean(status.hubspot) : undefined} />
      {!apiRevokeAllowed(policy) && <p class="muted" data-testid="guided-only">{t('policy.guidedOnly')}</p>}
      <GoogleSection accounts={status?.google ?? []} onChange={refresh} />
      <MicrosoftSection accounts={status?.microsoft ?? []} onChange={refresh} />
      {/* What the organisation set shows at once, before the background has stored it in the settings. */}
      <SyncIntervalSetting minutes={policy.syncIntervalMinutes ?? settings?.syncIntervalMinutes} locked={locked.syncIntervalMinutes} />
      <LanguageSetting choice={policy.language ?? settings?.locale} locked={locked.locale} onChange={(locale) => void send('settings/set', { locale })} />
      <SupportSection />
      <ChipPlacesSetting />
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('options.data.heading')}</h2>
        <ExportData />
        <ClearData />
      </section>
      {/* Where admins manage the account: the partner employee domain, out of sight for non-partners.
          Last on the page: it loads after the rest and can be long, and nothing may move under the
          pointer when it appears (a click meant for "Sign in with Google" once landed on the token field). */}
      <div id="partner">
        <LazyPartnerView />
      </div>
      <p><a href="privacy.html" target="_blank" data-testid="privacy-link">{t('welcome.privacyLink')}</a></p>
    </main>
  );
}
