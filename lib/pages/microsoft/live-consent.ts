import { findSignedInAddress } from '../find-address';
import { namesListedUnder } from '../dom/listed-names';
import { byRole, isBusy, pageLocale } from '../dom/page-dom';
import { isHubSpotApp } from '../hubspot/app-names';
import { microsoftAccountStrategies } from './account';
import { LIVE_CONSENT_LABELS } from './labels';

/** account.live.com/consent/Manage: the apps a personal Microsoft account gave access to. */
export const LIVE_CONSENT_PATH = /^\/consent\/manage\/?$/i;

export interface LiveConsentReading {
  account: string;
  apps: string[];
  hubspotListed: boolean;
}

/**
 * The list under "Apps and services you've given access to" (seeds/000, in the page's
 * language), each entry named by its link. Dated 2026-11-22. Undefined without that heading
 * (an app's own page, or a changed layout) or without a signed-in account.
 */
export function readLiveConsent(doc: Document, path: string): LiveConsentReading | undefined {
  if (!LIVE_CONSENT_PATH.test(path)) return undefined;
  const heading = byRole(doc, 'heading', LIVE_CONSENT_LABELS[pageLocale(doc)].title);
  if (!heading || isBusy(heading.closest('main') ?? heading)) return undefined;
  const account = findSignedInAddress(doc, microsoftAccountStrategies((d) => [LIVE_CONSENT_LABELS[pageLocale(d)].signedInAs]))?.address;
  if (!account) return undefined;
  const apps = namesListedUnder(heading);
  return { account, apps, hubspotListed: apps.some(isHubSpotApp) };
}
