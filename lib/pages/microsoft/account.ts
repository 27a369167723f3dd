import type { AddressStrategy } from '../find-address';
import { accountButtonStrategy, addressElementStrategy, signedInLineStrategy } from '../dom/account-on-page';

/**
 * Who is signed in on a Microsoft account page, read like a person reads it (dated 2026-11-22):
 * 1. Microsoft's shared account control ("MeControl") in the top bar, whose flyout shows the
 *    address on its second line (#mectrl_currentAccount_secondary) and whose button is named
 *    "Account manager for Anna Berg (anna@contoso.com)"; neither is verified on today's live pages;
 * 2. a "Signed in as {email}" line in the page's language (the sandbox's pages show that).
 */
export function microsoftAccountStrategies(signedInAs: (doc: Document) => readonly string[]): readonly AddressStrategy[] {
  return [
    addressElementStrategy('me-control-secondary', '2026-11-22', '#mectrl_currentAccount_secondary'),
    accountButtonStrategy('me-control-button', '2026-11-22', /account manager|konto|account/i),
    signedInLineStrategy('signed-in-line', '2026-11-22', signedInAs),
  ];
}
