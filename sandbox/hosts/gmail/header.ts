import type { GmailPageOptions } from '../../core/scenario';
import { escapeHtml } from '../../html';
import { initials } from '../mail-fixtures';

export interface Person {
  name: string;
  address: string;
}

const SIGN_OUT_OPTIONS = 'https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://mail.google.com/mail/&amp;service=mail';

/** An attribute value with line breaks kept (Gmail's labels carry a newline before the address). */
const attr = (value: string) => escapeHtml(value).replace(/\n/g, '&#10;');

/**
 * The account flyout ("Account Information"): every signed-in account, the default first and
 * marked so, and a delegated mailbox in its own element. It sits before the account button, so a
 * reader taking the first address in the banner would take the wrong one.
 */
function accountFlyout(accounts: readonly Person[], delegated: string | undefined): string {
  const rows = accounts.map(
    (account, index) =>
      `<a href="https://myaccount.google.com/?authuser=${index}" class="acct"><span class="acct-name">${escapeHtml(account.name)}</span> <span class="acct-address">${escapeHtml(account.address)}</span>${index === 0 ? ' <span>(default)</span>' : ''}</a>`,
  );
  const delegation = delegated ? `<div class="acct-delegated">${escapeHtml(delegated)} <span>(delegated)</span></div>` : '';
  return `<div aria-label="Account Information" class="flyout" hidden><div><div>${delegation}${rows.join('')}</div></div></div>`;
}

/**
 * The top bar. bar-2019: <header id="gb" role="banner">, the account button a role="button"
 * link to SignOutOptions labelled "<prefix>: <Name>\n  (<address>)". title-2016: no banner, the
 * same link labelled by a `title` ("<prefix>: <Name>\n(<address>)") and no aria-label.
 */
export function gmailHeader(options: GmailPageOptions, me: Person, accounts: readonly Person[], delegated?: string): string {
  const prefix = options.accountPrefix ?? 'Google Account';
  const left = `<div class="gb-left"><div role="button" tabindex="0" aria-label="Main menu" class="icon">☰</div>
    <a href="#inbox" class="logo" aria-label="${escapeHtml(options.brand ?? 'Gmail')}"><span class="logo-mark">M</span><span class="logo-text">${escapeHtml(options.brand ?? 'Gmail')}</span></a></div>
  <form role="search" class="search" onsubmit="return false"><button type="button" aria-label="Search mail" class="icon">⌕</button><input type="text" aria-label="Search mail" placeholder="Search mail"><button type="button" aria-label="Show search options" class="icon">☷</button></form>`;
  const initialsOf = escapeHtml(initials(me.name));
  if (options.header === 'title-2016') {
    return `<div id="gb" class="gb old">${left}
  <div class="gb-right"><a class="icon" href="https://www.google.com/intl/en/options/" title="Google apps" aria-label="Google apps">⋮⋮</a>
    <div class="gb-account"><a class="account" href="${SIGN_OUT_OPTIONS}" title="${attr(`${prefix}: ${me.name}\n(${me.address})`)}" role="button" tabindex="0">${initialsOf}</a></div></div>
</div>`;
  }
  return `<header id="gb" role="banner" class="gb">${left}
  <div class="gb-right">
    <a role="button" tabindex="0" aria-label="Support" class="icon support" href="#support">?</a>
    <a role="button" tabindex="0" aria-label="Settings" class="icon" href="#settings">⚙</a>
    <a role="button" aria-label="Google apps" class="icon" href="https://www.google.com/intl/en/about/products">⋮⋮</a>
    <div class="gb-account">${accountFlyout(accounts, delegated)}<a class="account" role="button" tabindex="0" aria-label="${attr(`${prefix}: ${me.name}\n  (${me.address})`)}" href="${SIGN_OUT_OPTIONS}">${initialsOf}</a></div>
  </div>
</header>`;
}
