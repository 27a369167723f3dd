import { firstAddressIn, type AddressStrategy } from '../find-address';

/**
 * Where Outlook on the web (work: outlook.office.com / outlook.office365.com; consumer:
 * outlook.live.com) shows the signed-in address. Its title carries only the display name
 * ("Mail - Anna Berg - Outlook"), so the address comes from the account manager ("me control").
 */
export const outlookAddressStrategies: readonly AddressStrategy[] = [
  {
    // Me-control flyout: secondary line of the current account is the address.
    name: 'me-control-secondary',
    seen: '2026-11-01',
    find: (doc) => firstAddressIn(doc.querySelector('#mectrl_currentAccount_secondary')?.textContent),
  },
  {
    // Account manager button and its neighbours carry the address in a title or aria-label.
    name: 'account-manager',
    seen: '2026-11-01',
    find: (doc) => {
      const candidates = doc.querySelectorAll('[id^="mectrl"] [title*="@"], [id^="mectrl"][aria-label*="@"], [aria-label^="Account manager"] [title*="@"], [data-inboxlink-account], [title*="@"][id*="Me"]');
      for (const el of candidates) {
        const found = firstAddressIn(el.getAttribute('title')) ?? firstAddressIn(el.getAttribute('aria-label'));
        if (found) return found;
      }
      return undefined;
    },
  },
  {
    // Some consumer layouts put the address in the title instead of the name.
    name: 'title',
    seen: '2026-11-01',
    find: (doc) => (/ - Outlook$/.test(doc.title) ? firstAddressIn(doc.title) : undefined),
  },
];
