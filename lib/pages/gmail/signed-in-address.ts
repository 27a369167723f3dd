import { firstAddressIn, type AddressStrategy } from '../find-address';

/**
 * Where Gmail shows the signed-in address. Title first (cheap, stable for a decade), then the
 * account button's accessible name, then the account-switcher link some layouts have.
 */
export const gmailAddressStrategies: readonly AddressStrategy[] = [
  {
    // "Inbox (3) - anna@example.com - Gmail"; also "Sent Mail - … - Gmail".
    name: 'title',
    seen: '2026-11-01',
    find: (doc) => (/ - Gmail$/.test(doc.title) ? firstAddressIn(doc.title) : undefined),
  },
  {
    // Account button: aria-label "Google Account: Anna Berg (anna@example.com)".
    name: 'account-button',
    seen: '2026-11-01',
    find: (doc) => {
      for (const el of doc.querySelectorAll('[aria-label*="@"]')) {
        const label = el.getAttribute('aria-label') ?? '';
        if (/google/i.test(label) || el.closest('header')) return firstAddressIn(label);
      }
      return undefined;
    },
  },
  {
    name: 'account-link',
    seen: '2026-11-01',
    find: (doc) => firstAddressIn(doc.querySelector('a[href*="accounts.google.com/SignOutOptions"]')?.getAttribute('aria-label')),
  },
];
