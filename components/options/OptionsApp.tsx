import { createClient, protocol } from '../../lib/messaging';
import { useI18n } from '../shared/i18n-context';
import { useSettings } from '../shared/use-settings';
import { ClearData } from './ClearData';
import { LanguageSetting } from './LanguageSetting';

const send = createClient(protocol);

/** The options page: language and local data (HubSpot and admin sign-in join here). */
export function OptionsApp() {
  const { t } = useI18n();
  const settings = useSettings();
  return (
    <main data-testid="options">
      <h1>{t('options.title')}</h1>
      <LanguageSetting choice={settings?.locale} onChange={(locale) => void send('settings/set', { locale })} />
      <ClearData />
    </main>
  );
}
