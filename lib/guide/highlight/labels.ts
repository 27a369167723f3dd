import type { Locale } from '../../i18n';
import type { GuideStepPage } from '../../messaging/guide-protocol';
import { GOOGLE_CONNECTIONS_LABELS } from '../../pages/google/labels';
import { HUBSPOT_LABELS } from '../../pages/hubspot/labels';
import { PEOPLE_LABELS } from '../../pages/hubspot/people-labels';
import { LIVE_CONSENT_LABELS, MYAPPS_LABELS } from '../../pages/microsoft/labels';

/** Each guided page's label table for one language (the same tables the readers use). */
function tableOf(page: GuideStepPage, locale: Locale): Readonly<Record<string, unknown>> {
  switch (page) {
    case 'hubspot-connected-emails':
    case 'hubspot-channels':
    case 'hubspot-partner-automation':
      return HUBSPOT_LABELS[locale];
    case 'hubspot-users':
    case 'hubspot-account-contacts':
    case 'hubspot-security':
      return PEOPLE_LABELS[locale];
    case 'google-connections':
      return GOOGLE_CONNECTIONS_LABELS[locale] as unknown as Record<string, unknown>;
    case 'microsoft-my-apps':
      return MYAPPS_LABELS[locale] as unknown as Record<string, unknown>;
    case 'microsoft-live-consent':
      return LIVE_CONSENT_LABELS[locale] as unknown as Record<string, unknown>;
  }
}

/** The visible text of `labelKey` on `page` in the page's language, or undefined for an unknown key. */
export function labelText(page: GuideStepPage, labelKey: string, locale: Locale): string | undefined {
  const table = tableOf(page, locale);
  if (!Object.prototype.hasOwnProperty.call(table, labelKey)) return undefined;
  const text = table[labelKey];
  return typeof text === 'string' ? text : undefined;
}

