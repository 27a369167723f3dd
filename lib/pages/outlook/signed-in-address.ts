import { addressPartOfTitle, exactAddress, firstAddressIn, type AddressStrategy } from '../find-address';

/**
 * Where Outlook on the web (work: outlook.office.com / outlook.office365.com; consumer:
 * outlook.live.com) shows whose mail is open. Its title carries only the display name
 * ("Mail - Anna Berg - Outlook"), so the address comes from the URL of a shared mailbox, the
 * account manager ("me control") or the folder tree's root.
 */
export const outlookAddressStrategies: readonly AddressStrategy[] = [
  {
    // A shared or team mailbox opened in its own tab: /mail/support@contoso.com/inbox. This is
    // the mailbox on screen, which matters more than who signed in.
    name: 'shared-mailbox-path',
    seen: '2026-11-22',
    find: (_doc, location) => {
      const segment = /^\/mail\/([^/]+)\//.exec(`${location.pathname}/`)?.[1] ?? '';
      return segment.includes('@') || segment.includes('%40') ? exactAddress(safeDecode(segment)) : undefined;
    },
  },
  {
    // Me-control flyout: the secondary line of the current account is the address.
    name: 'me-control-secondary',
    seen: '2026-11-22',
    find: (doc) => firstAddressIn(doc.querySelector('#mectrl_currentAccount_secondary')?.textContent),
  },
  {
    // The account manager button and its neighbours, where a layout puts the address in a title
    // or accessible name.
    name: 'account-manager',
    seen: '2026-11-01',
    find: (doc) => {
      for (const el of doc.querySelectorAll('[id^="mectrl"] [title*="@"], [id^="mectrl"][aria-label*="@"], #meInitialsButton[aria-label*="@"], #O365_MainLink_Me [title*="@"]')) {
        const found = firstAddressIn(el.getAttribute('title')) ?? firstAddressIn(el.getAttribute('aria-label'));
        if (found) return found;
      }
      return undefined;
    },
  },
  {
    // The folder tree's top node is the mailbox, titled with its address.
    name: 'folder-tree-root',
    seen: '2026-11-01',
    find: (doc) => {
      for (const item of doc.querySelectorAll('[role="tree"] [role="treeitem"][title*="@"]')) {
        const found = exactAddress(item.getAttribute('title'));
        if (found) return found;
      }
      return undefined;
    },
  },
  {
    // Some consumer layouts title the page with the address instead of the name.
    name: 'title',
    seen: '2026-11-01',
    find: (doc) => addressPartOfTitle(doc.title),
  },
];

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
