import { addressInTrailingParens, titleAddressNextToProduct } from '../find-address';
import { readAs, readSources, unreadable, type MailPageReader, type MailSource } from '../mail-page-read';

/**
 * Gmail's account button (../shared/reference/mail-pages.md, dated 2026-12-07): a link to
 * accounts.google.com/SignOutOptions labelled "Google Account: <Name>\n(<address>)" — in a `title`
 * outside any banner on older pages (InboxSDK's 2016 captures), in an `aria-label` on a
 * role="button" inside `<header id="gb" role="banner">` on newer ones (2019 bar). The prefix is
 * localised ("Google-Konto: …"), so only the trailing "(address)" is read.
 */
const ACCOUNT_LINK = 'a[href^="https://accounts.google.com/SignOutOptions"]';
/** The newer bar's button when it is not that link; the account flyout may sit beside the banner. */
const BANNER_BUTTONS = '[role="banner"] [role="button"][aria-label*="@"], [role="banner"] + div [role="button"][aria-label*="@"]';

/** Delegated mailboxes open at /mail/b/<id>/u/<n>/; several signed-in accounts at /mail/u/<n>/. */
const DELEGATED_PATH = /^\/mail\/b\/[^/]+\//;

/** Inbox by Gmail put its name first: "Inbox – anna@example.com". */
const LEADING_PRODUCTS = ['Inbox'];

function accountControl(doc: Document): Element | null {
  return doc.querySelector(ACCOUNT_LINK) ?? doc.querySelector(BANNER_BUTTONS);
}

export const gmailSources: readonly MailSource[] = [
  {
    name: 'account-button',
    stable: true,
    read: (doc) => {
      // The link first (one element, found at once); the banner's buttons only where it has no label.
      const fromLink = addressInTrailingParens(doc.querySelector(ACCOUNT_LINK)?.getAttribute('aria-label'));
      if (fromLink) return fromLink;
      for (const el of doc.querySelectorAll(BANNER_BUTTONS)) {
        const address = addressInTrailingParens(el.getAttribute('aria-label'));
        if (address) return address;
      }
      return undefined;
    },
  },
  {
    name: 'account-link-title',
    stable: true,
    read: (doc) => addressInTrailingParens(doc.querySelector(ACCOUNT_LINK)?.getAttribute('title')),
  },
  {
    // "Inbox (3) - anna@example.com - Gmail", "<Subject> - anna@example.com - Gmail", either dash.
    name: 'title',
    read: (doc) => titleAddressNextToProduct(doc.title, LEADING_PRODUCTS),
  },
];

/**
 * The mailbox a Gmail page shows. The account button names the signed-in account and comes
 * first; the title is read only by its position next to the product name. On a delegated
 * mailbox the account button names the delegate while the title names the mailbox on screen:
 * both are kept (the chip shows both), and a delegated page without both cannot be read.
 */
export const readGmailPage: MailPageReader = (doc, location) => {
  const hits = readSources(doc, location, gmailSources);
  const control = accountControl(doc);
  const accountVia = hits.has('account-button') ? 'account-button' : hits.has('account-link-title') ? 'account-link-title' : undefined;
  const account = accountVia && hits.get(accountVia);
  const titled = hits.get('title');
  if (DELEGATED_PATH.test(location.pathname)) {
    if (!account || !titled || titled === account) return unreadable(hits, gmailSources, control ?? undefined);
    return readAs(hits, gmailSources, { address: titled, via: 'title', signedInAs: account }, control);
  }
  if (accountVia && account) return readAs(hits, gmailSources, { address: account, via: accountVia }, control);
  if (titled) return readAs(hits, gmailSources, { address: titled, via: 'title' }, control);
  return unreadable(hits, gmailSources, control ?? undefined);
};
