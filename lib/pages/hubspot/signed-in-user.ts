import type { AddressStrategy } from '../find-address';
import { findSignedInAddress } from '../find-address';
import { accountButtonStrategy, signedInLineStrategy } from '../dom/account-on-page';
import { HUBSPOT_LABELS } from './labels';
import { pageLocale } from '../dom/page-dom';

/**
 * Who is signed in to HubSpot, read off the page: the account menu's accessible name in the
 * top navigation, else a "Signed in as {email}" line in the page's language. Dated 2026-11-22
 * against the sandbox; HubSpot's live account menu is not verified. HubSpot's Connected emails
 * list is per user, so a snapshot's scope names the user when the page shows one.
 */
export const hubspotUserStrategies: readonly AddressStrategy[] = [
  accountButtonStrategy('account-menu', '2026-11-22', /@/, 'header, [role="banner"], nav'),
  signedInLineStrategy('signed-in-line', '2026-11-22', (doc) => [HUBSPOT_LABELS[pageLocale(doc)].signedInAs, HUBSPOT_LABELS.en.signedInAs]),
];

export function hubspotSignedInUser(doc: Document): string | undefined {
  return findSignedInAddress(doc, hubspotUserStrategies)?.address;
}
