import { findSignedInAddress, type AddressStrategy } from '../find-address';
import { accountButtonStrategy, signedInLineStrategy } from '../dom/account-on-page';
import { namesListedUnder } from '../dom/listed-names';
import { byRole, isBusy, pageLocale } from '../dom/page-dom';
import { isHubSpotApp } from '../hubspot/app-names';
import { GOOGLE_CONNECTIONS_LABELS } from './labels';

/** The third-party connections list; /u/1/... for a second signed-in account (providers.md §3). */
export const GOOGLE_CONNECTIONS_PATH = /^(?:\/u\/\d+)?\/connections\/?$/;

/**
 * Whose connections these are, read like a person reads it (dated 2026-11-22):
 * 1. the Google Account button in the top bar, whose accessible name is
 *    "Google Account: Anna Berg (anna@example.com)" (localised "Google-Konto: …"; the same
 *    button Gmail has, see lib/pages/gmail/signed-in-address.ts);
 * 2. a "Signed in as {email}" line in the page's language (the sandbox's page shows that).
 */
export const googleAccountStrategies: readonly AddressStrategy[] = [
  accountButtonStrategy('account-button', '2026-11-22', /google/i),
  signedInLineStrategy('signed-in-line', '2026-11-22', (doc) => [GOOGLE_CONNECTIONS_LABELS[pageLocale(doc)].signedInAs]),
];

export interface GoogleConnectionsReading {
  account: string;
  apps: string[];
  hubspotListed: boolean;
}

/**
 * Is HubSpot among the apps with access to the signed-in Google account? Needs the page's title
 * heading in its language (else undefined: another page, or Google changed it) and the account
 * (else undefined: we cannot say whose grant it is).
 */
export function readGoogleConnections(doc: Document, path: string): GoogleConnectionsReading | undefined {
  if (!GOOGLE_CONNECTIONS_PATH.test(path)) return undefined;
  const labels = GOOGLE_CONNECTIONS_LABELS[pageLocale(doc)];
  const heading = byRole(doc, 'heading', (name) => labels.titles.some((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase()));
  if (!heading || isBusy(heading.closest('main') ?? heading)) return undefined;
  const account = findSignedInAddress(doc, googleAccountStrategies)?.address;
  if (!account) return undefined;
  const apps = namesListedUnder(heading);
  return { account, apps, hubspotListed: apps.some(isHubSpotApp) };
}
