import { exactAddress } from '../find-address';
import { readAs, readSources, unreadable, type MailPageReader, type MailSource } from '../mail-page-read';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com), after
 * ../shared/reference/mail-pages.md (dated 2026-12-07; not verified on a live page, so several
 * fallbacks). Its header controls name the person, not the address: the new header's
 * `#owa-me-control-container button`, the classic `#mectrl_main_trigger` ("Account manager for
 * <Name>"), older `#O365_MainLink_Me` / `#meInitialsButton`; the title is "Mail - <Name> -
 * Outlook". The address shows without a click only in the app launcher's link (`login_hint`),
 * the folder pane's mailbox root, or the account flyout once the user opened it — we never open
 * a menu on the user's behalf.
 */
const ACCOUNT_CONTROLS = '#owa-me-control-container button, #mectrl_main_trigger, #O365_MainLink_Me, #meInitialsButton';

/** Popout windows (/mail/deeplink/compose, /mail/deeplink/read/…) carry no header at all. */
const POPOUT_PATH = /^\/mail\/(?:\d+\/)?deeplink(?:\/|$)/;

/** /mail/<address>/…: a shared mailbox opened in the tab. A link can put any address there. */
function addressInPath(pathname: string): string | undefined {
  const segment = /^\/mail\/([^/]+)(?:\/|$)/.exec(pathname)?.[1] ?? '';
  if (!segment.includes('@') && !segment.toLowerCase().includes('%40')) return undefined;
  try {
    return exactAddress(decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

/** The first mailbox node of the folder pane (its later roots are mailboxes the user added). */
function folderRoot(doc: Document): Element | null {
  return doc.querySelector('[role="tree"] [role="treeitem"]');
}

export const outlookSources: readonly MailSource[] = [
  {
    // <a id="O365_AppName" href="https://outlook.office.com/mail/?login_hint=anna%40contoso.com">
    // (realbmail/bmail_extension reads it so). Only the launcher's own link, by its id.
    name: 'app-launcher-login-hint',
    stable: true,
    read: (doc) => {
      const href = doc.querySelector('a#O365_AppName[href*="login_hint="]')?.getAttribute('href');
      return href ? exactAddress(new URL(href, 'https://outlook.office.com/').searchParams.get('login_hint')) : undefined;
    },
  },
  {
    // The account flyout's second line (#mectrl_currentAccount_secondary): rendered once the user
    // opened the account control, and kept in the DOM by some versions.
    name: 'account-flyout',
    read: (doc) => exactAddress(doc.querySelector('#mectrl_currentAccount_secondary')?.textContent),
  },
  {
    // The folder pane's mailbox root, named by its address (title or accessible name).
    name: 'folder-tree-root',
    read: (doc) => {
      const root = folderRoot(doc);
      return root ? (exactAddress(root.getAttribute('title')) ?? exactAddress(root.getAttribute('aria-label')) ?? exactAddress(root.textContent)) : undefined;
    },
  },
  {
    name: 'shared-mailbox-path',
    read: (_doc, location) => addressInPath(location.pathname),
  },
];

/**
 * The mailbox an Outlook page shows. The signed-in account comes from the launcher's
 * login_hint, then an opened account flyout, then the folder pane's root. A /mail/<address>/
 * path counts only when the folder pane's root shows that same mailbox (a link can set the
 * path; it cannot set what the page renders); otherwise the page cannot be read. A popout
 * shows no account at all: nothing to read and no drift.
 */
export const readOutlookPage: MailPageReader = (doc, location) => {
  const hits = readSources(doc, location, outlookSources);
  const control = doc.querySelector(ACCOUNT_CONTROLS);
  if (POPOUT_PATH.test(location.pathname)) return { ...unreadable(hits, outlookSources, control ?? undefined), anchorless: true };
  const signedInVia = ['app-launcher-login-hint', 'account-flyout'].find((name) => hits.has(name));
  const signedIn = signedInVia && hits.get(signedInVia);
  const shared = hits.get('shared-mailbox-path');
  const root = hits.get('folder-tree-root');
  if (shared) {
    if (root !== shared) return unreadable(hits, outlookSources, control ?? undefined);
    return readAs(hits, outlookSources, { address: shared, via: 'shared-mailbox-path', signedInAs: signedIn }, control);
  }
  if (signedInVia && signedIn) return readAs(hits, outlookSources, { address: signedIn, via: signedInVia }, control);
  if (root) return readAs(hits, outlookSources, { address: root, via: 'folder-tree-root' }, control);
  return unreadable(hits, outlookSources, control ?? undefined);
};
