import type { GuideStepPage } from '../../messaging/guide-protocol';
import { pageLocale } from '../../pages/dom/page-dom';
import { findSignedInAddress } from '../../pages/find-address';
import { googleAccountStrategies } from '../../pages/google/connections';
import { LIVE_CONSENT_LABELS, MYAPPS_LABELS } from '../../pages/microsoft/labels';
import { microsoftAccountStrategies } from '../../pages/microsoft/account';

/**
 * Who is signed in on a provider's page, read as the observers read it; undefined when the page
 * does not say (or for HubSpot's pages, where the step names a row instead).
 */
export function signedInAccount(doc: Document, page: GuideStepPage): string | undefined {
  switch (page) {
    case 'google-connections':
      return findSignedInAddress(doc, googleAccountStrategies)?.address;
    case 'microsoft-my-apps':
      return findSignedInAddress(doc, microsoftAccountStrategies((d) => [MYAPPS_LABELS[pageLocale(d)].signedInAs]))?.address;
    case 'microsoft-live-consent':
      return findSignedInAddress(doc, microsoftAccountStrategies((d) => [LIVE_CONSENT_LABELS[pageLocale(d)].signedInAs]))?.address;
    default:
      return undefined;
  }
}
