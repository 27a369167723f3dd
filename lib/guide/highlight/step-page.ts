import { GuidePageSchema, type GuideStepPage } from '../../messaging/guide-protocol';
import { CHANNELS_PATH } from '../../pages/hubspot/channels';
import { CONNECTED_EMAILS_PATH } from '../../pages/hubspot/connected-emails';
import { ACCOUNT_CONTACTS_PATH, SECURITY_PATH, USERS_PATH } from '../../pages/hubspot/people-labels';
import { PARTNER_AUTOMATION_PATH } from '../../pages/hubspot/partner-settings';

/**
 * Whether `url` is (a part of) the step's page. HubSpot is one app with many pages: only the
 * step's own page is guided. On the provider sites the way to the button leads through the app's
 * own pages (details, edit, confirm), so their whole consent area counts.
 */
export function isOnStepPage(url: URL, page: GuideStepPage): boolean {
  switch (page) {
    case 'hubspot-connected-emails':
      return CONNECTED_EMAILS_PATH.test(url.pathname);
    case 'hubspot-channels':
      return CHANNELS_PATH.test(url.pathname);
    case 'hubspot-users':
      return USERS_PATH.test(url.pathname);
    case 'hubspot-account-contacts':
      return ACCOUNT_CONTACTS_PATH.test(url.pathname);
    case 'hubspot-security':
      return SECURITY_PATH.test(url.pathname);
    case 'hubspot-partner-automation':
      return PARTNER_AUTOMATION_PATH.test(url.pathname);
    case 'google-connections':
      return /^(?:\/u\/\d+)?\/connections(?:\/|$)/.test(url.pathname);
    case 'microsoft-my-apps':
      return true;
    case 'microsoft-live-consent':
      return /^\/consent(?:\/|$)/i.test(url.pathname);
  }
}

const HOSTS: Record<GuideStepPage, readonly string[]> = {
  'hubspot-connected-emails': ['app.hubspot.com', 'app-eu1.hubspot.com'],
  'hubspot-channels': ['app.hubspot.com', 'app-eu1.hubspot.com'],
  'hubspot-users': ['app.hubspot.com', 'app-eu1.hubspot.com'],
  'hubspot-account-contacts': ['app.hubspot.com', 'app-eu1.hubspot.com'],
  'hubspot-security': ['app.hubspot.com', 'app-eu1.hubspot.com'],
  'hubspot-partner-automation': ['app.hubspot.com', 'app-eu1.hubspot.com'],
  'google-connections': ['myaccount.google.com'],
  'microsoft-my-apps': ['myapps.microsoft.com', 'myapplications.microsoft.com'],
  'microsoft-live-consent': ['account.live.com'],
};

/** Whether any guided step could be on `url`: elsewhere the background is not asked at all. */
export function mayBeStepPage(url: URL): boolean {
  return GuidePageSchema.options.some((page) => HOSTS[page].includes(url.hostname) && isOnStepPage(url, page));
}

/** The guided page `url` is (part of), if any. */
export function guidePageOf(url: URL): GuideStepPage | undefined {
  return GuidePageSchema.options.find((page) => HOSTS[page].includes(url.hostname) && isOnStepPage(url, page));
}
