import { useI18n } from '../shared/i18n-context';
import { useSettings } from '../shared/use-settings';
import { ChipPlacesSetting } from './ChipPlacesSetting';
import { ClearData } from './ClearData';
import { ExportData } from './ExportData';
import { GoogleSection } from './GoogleSection';
import { HubSpotSection } from './HubSpotSection';
import { LanguageSetting } from './LanguageSetting';
import { MicrosoftSection } from './MicrosoftSection';
import { send } from './send';
import { SyncIntervalSetting } from './SyncIntervalSetting';
import { useAuthStatus } from './use-auth-status';

/** The options page: HubSpot, Google and Microsoft admin connections, sync interval, language, the chip's place per mail site, local data. */
export function OptionsApp() {
  const { t } = useI18n();
  const settings = useSettings();
  const { status, refresh } = useAuthStatus();
  return (
    <main data-testid="options">
      <h1>{t('options.title')}</h1>
      <HubSpotSection status={status?.hubspot ?? undefined} onChange={refresh} />
      <GoogleSection accounts={status?.google ?? []} onChange={refresh} />
      <MicrosoftSection accounts={status?.microsoft ?? []} onChange={refresh} />
      <SyncIntervalSetting minutes={settings?.syncIntervalMinutes} />
      <LanguageSetting choice={settings?.locale} onChange={(locale) => void send('settings/set', { locale })} />
      <ChipPlacesSetting />
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('options.data.heading')}</h2>
        <ExportData />
        <ClearData />
      </section>
    </main>
  );
}
