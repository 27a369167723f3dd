import { browser } from 'wxt/browser';
import type { MessageKey } from '../../lib/i18n';
import { useI18n } from '../shared/i18n-context';

/** The permissions the welcome page explains, in the manifest's order (README "Permissions, and why"). */
const PERMISSIONS: MessageKey[] = [
  'welcome.permission.storage', 'welcome.permission.alarms', 'welcome.permission.identity', 'welcome.permission.sidePanel',
  'welcome.permission.apis', 'welcome.permission.mail', 'welcome.permission.settings', 'welcome.permission.notifications',
];

/**
 * Shown once, on install, in the browser's language: what Inboxlink is for, what it needs and why
 * (a HubSpot token; optional admin sign-ins), what each permission is for, and the privacy page.
 */
export function WelcomeApp() {
  const { t } = useI18n();
  return (
    <main data-testid="welcome" class="page">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <section aria-labelledby="needs-heading">
        <h2 id="needs-heading">{t('welcome.needs.heading')}</h2>
        <ul>
          <li data-testid="needs-hubspot">{t('welcome.needs.hubspot')}</li>
          <li>{t('welcome.needs.google')}</li>
          <li>{t('welcome.needs.microsoft')}</li>
        </ul>
        <p class="muted">{t('welcome.needs.none')}</p>
        <button type="button" class="primary" data-testid="welcome-open-options" onClick={() => void browser.runtime.openOptionsPage()}>{t('welcome.openOptions')}</button>
      </section>
      <section aria-labelledby="permissions-heading">
        <h2 id="permissions-heading">{t('welcome.permissions.heading')}</h2>
        <ul data-testid="welcome-permissions">
          {PERMISSIONS.map((key) => <li key={key}>{t(key)}</li>)}
        </ul>
      </section>
      <p><a href="privacy.html" data-testid="privacy-link">{t('welcome.privacyLink')}</a></p>
    </main>
  );
}
