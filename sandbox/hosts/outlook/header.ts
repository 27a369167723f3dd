import type { OutlookPageOptions } from '../../core/scenario';
import { escapeHtml } from '../../html';
import { initials } from '../mail-fixtures';

export interface Person {
  name: string;
  address: string;
}

/**
 * The account control of each header (../reference/mail-pages.md): every one names the person,
 * none the address. new-2024 and classic-m365 render the flyout with the address only once the
 * button is clicked (clientScript); older-o365 keeps it in the DOM, hidden.
 */
function accountControl(variant: NonNullable<OutlookPageOptions['header']>, me: Person): string {
  const name = escapeHtml(me.name);
  const letters = escapeHtml(initials(me.name));
  if (variant === 'classic-m365') {
    return `<div id="meControl" class="me-wrap"><button type="button" id="mectrl_main_trigger" class="mectrl_resetStyle mectrl_trigger me" aria-label="Account manager for ${name}" aria-controls="mectrl_main_body" aria-expanded="false">${letters}</button></div>`;
  }
  if (variant === 'older-o365') {
    return `<div id="O365_MainLink_Me" class="me-wrap"><div id="O365_MainLink_MePhoto"><button type="button" id="meInitialsButton" class="me" aria-label="Account manager for ${name}" aria-expanded="false" aria-controls="mectrl_main_body">${letters}</button></div>
  <div id="mectrl_main_body" role="dialog" aria-label="Account manager" class="flyout" hidden><div class="mectrl_accountDetails"><div id="mectrl_currentAccount_primary">${name}</div><div id="mectrl_currentAccount_secondary">${escapeHtml(me.address)}</div></div><a href="https://login.microsoftonline.com/common/oauth2/v2.0/logout">Sign out</a></div></div>`;
  }
  return `<div id="owa-me-control-container" class="me-wrap"><button type="button" class="me" aria-label="${name}" aria-haspopup="dialog" aria-expanded="false">${letters}</button></div>`;
}

/**
 * The suite header: app launcher, the app's name — on work accounts a link whose href carries
 * login_hint=<address> (#O365_AppName) — search, and the right region ending in the account
 * control.
 */
export function outlookHeader(options: OutlookPageOptions, me: Person, consumer: boolean): string {
  const variant = options.header ?? 'new-2024';
  const appName = consumer
    ? '<a id="O365_AppName" href="https://outlook.live.com/mail/0/" class="app-name">Outlook</a>'
    : `<a id="O365_AppName" href="https://outlook.office.com/mail/?login_hint=${encodeURIComponent(me.address)}" class="app-name">Outlook</a>`;
  return `<div id="O365_NavHeader" role="banner" class="bar">
  <button type="button" id="O365_MainLink_NavMenu" class="icon" aria-label="App launcher">⋮⋮</button>
  ${appName}
  <div class="search"><input type="text" role="combobox" aria-expanded="false" aria-label="Search" placeholder="Search"></div>
  <div id="O365_HeaderRightRegion" class="right">
    <button type="button" class="icon meet" aria-label="Meet now">▶</button>
    <button type="button" class="icon" aria-label="Settings">⚙</button>
    <button type="button" class="icon help" aria-label="Help">?</button>
    ${accountControl(variant, me)}
  </div>
</div>`;
}

/** The flyout new-2024 and classic-m365 render once the account control is opened. */
export function flyoutMarkup(me: Person): string {
  return `<div id="mectrl_main_body" role="dialog" aria-label="Account manager for ${escapeHtml(me.name)}" class="flyout"><div class="mectrl_accountDetails"><div id="mectrl_currentAccount_primary">${escapeHtml(me.name)}</div><div id="mectrl_currentAccount_secondary">${escapeHtml(me.address)}</div></div><a href="https://login.microsoftonline.com/common/oauth2/v2.0/logout">Sign out</a></div>`;
}
