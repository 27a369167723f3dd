import { addressPartOfTitle, firstAddressIn, type AddressStrategy } from '../find-address';

/**
 * Where Gmail shows the signed-in address, cheapest and steadiest first: the document title,
 * then the account button's accessible name, then the sign-out link. Each works in every UI
 * language (they look for an address, not for words).
 */
export const gmailAddressStrategies: readonly AddressStrategy[] = [
  {
    // "Inbox (3) - anna@example.com - Gmail", "Sent Mail - …", "Inkorgen - …"; Workspace brands
    // may replace "Gmail" with their own name, so the address part is looked for, not the suffix.
    name: 'title',
    seen: '2026-11-22',
    find: (doc) => addressPartOfTitle(doc.title),
  },
  {
    // Account button in the top bar: aria-label "Google Account: Anna Berg  \n(anna@example.com)"
    // ("Google-konto: …" in Swedish). Only inside the banner or pointing at Google's account
    // pages, so a sender's address in the message list is never taken for the user's.
    name: 'account-button',
    seen: '2026-11-22',
    find: (doc) => {
      const candidates = doc.querySelectorAll('header [aria-label*="@"], [role="banner"] [aria-label*="@"], a[href*="accounts.google.com"][aria-label*="@"]');
      for (const el of candidates) {
        const found = firstAddressIn(el.getAttribute('aria-label'));
        if (found) return found;
      }
      return undefined;
    },
  },
  {
    // Older layouts: the account link's title instead of an aria-label.
    name: 'account-link-title',
    seen: '2026-11-01',
    find: (doc) => firstAddressIn(doc.querySelector('a[href*="accounts.google.com/SignOutOptions"][title*="@"]')?.getAttribute('title')),
  },
];
