// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addressInTrailingParens, titleAddressNextToProduct } from '../../lib/pages/find-address';
import { readGmailPage } from '../../lib/pages/gmail/signed-in-address';
import { readOutlookPage } from '../../lib/pages/outlook/signed-in-address';
import type { MailPageRead } from '../../lib/pages/mail-page-read';
import type { Scenario } from '../../sandbox/core/scenario';
import { demoWorld, sandboxDocument, toDocument } from '../guide/sandbox-pages';

/**
 * The mail page readers on every variant of the sandbox's Gmail and Outlook pages (written from
 * ../shared/reference/mail-pages.md), and on hostile markup: the right address, or none.
 */
const JOERG = 'joerg.mueller@nordlicht.example';
const LARS = 'lars.andersson@nordlicht-nordic.example';
const SAM = 'sam.okafor@outlook.com';
const at = (pathname: string) => ({ pathname });
/** What a read names: the mailbox, how, and the account beside it. */
const named = (read: MailPageRead) => ({ address: read.address, via: read.via, signedInAs: read.signedInAs });

async function gmail(path: string, edit: (s: Scenario) => void = () => undefined): Promise<MailPageRead> {
  const doc = await sandboxDocument(demoWorld('en', edit), `https://mail.google.com${path}`);
  return readGmailPage(doc, at(path));
}

async function outlook(href: string, edit: (s: Scenario) => void = () => undefined): Promise<MailPageRead> {
  const doc = await sandboxDocument(demoWorld('en', edit), href);
  return readOutlookPage(doc, at(new URL(href).pathname));
}

describe('reading an account label and a title', () => {
  it('takes the address in the label’s last parentheses, not one in the display name', () => {
    expect(addressInTrailingParens('Google Account: Anna Berg\n  (Anna@X.example)')).toBe('anna@x.example');
    expect(addressInTrailingParens('Google Account: bob@evil.example (sales)\n(anna@x.example)')).toBe('anna@x.example');
    expect(addressInTrailingParens('Google Account: (bob@evil.example) Anna')).toBeUndefined();
    expect(addressInTrailingParens('Google Account: Anna Berg')).toBeUndefined();
  });

  it('takes the address next to the product name, never one in a subject', () => {
    expect(titleAddressNextToProduct('Inbox (3) - anna@x.example - Gmail')).toBe('anna@x.example');
    expect(titleAddressNextToProduct('Inkorgen (2) – Anna@Nordlicht.example – Nordlicht Mail')).toBe('anna@nordlicht.example');
    expect(titleAddressNextToProduct('New lead - bob@x.com - anna@x.example - Gmail')).toBe('anna@x.example');
    expect(titleAddressNextToProduct('Re: hi - bob@x.com')).toBeUndefined();
    expect(titleAddressNextToProduct('New lead - bob@x.com - Gmail - anna@x.example')).toBeUndefined();
    expect(titleAddressNextToProduct('Inbox – anna@x.example', ['Inbox'])).toBe('anna@x.example');
    expect(titleAddressNextToProduct('Lead – bob@x.com', ['Inbox'])).toBeUndefined();
  });
});

describe('Gmail', () => {
  it('2019 bar: the account button (aria-label inside the banner) comes first', async () => {
    expect(named(await gmail('/mail/u/0/'))).toEqual({ address: JOERG, via: 'account-button', signedInAs: undefined });
  });

  it('2016 header: the title attribute outside any banner, with a localised prefix and an en dash', async () => {
    const read = await gmail('/mail/u/0/', (s) => {
      s.mailPages = { gmail: { header: 'title-2016', accountPrefix: 'Google-Konto', titleSeparator: '–' } };
    });
    expect(named(read)).toEqual({ address: JOERG, via: 'account-link-title', signedInAs: undefined });
    expect(read.anchors).toEqual(['account-link-title']);
  });

  it('several accounts: /mail/u/1/ is the account its button names, not the default first in the flyout', async () => {
    const read = await gmail('/mail/u/1/', (s) => {
      s.mailPages = { gmail: { otherAccounts: [LARS] } };
    });
    expect(named(read)).toEqual({ address: LARS, via: 'account-button', signedInAs: undefined });
  });

  it('an open message titled with another address leaves the mailbox alone', async () => {
    const doc = await sandboxDocument(
      demoWorld('en', (s) => {
        s.mailPages = { gmail: { messages: [{ subject: 'New lead - bob@x.com', from: { name: 'Bob (bob@x.com)', address: 'bob@x.com' } }] } };
      }),
      'https://mail.google.com/mail/u/0/',
    );
    doc.title = `New lead - bob@x.com - ${JOERG} - Gmail`;
    expect(readGmailPage(doc, at('/mail/u/0/')).address).toBe(JOERG);
    // Even without the account button, the title is read by position only.
    doc.querySelector('header')?.remove();
    expect(named(readGmailPage(doc, at('/mail/u/0/')))).toEqual({ address: JOERG, via: 'title', signedInAs: undefined });
  });

  it('delegated: the mailbox shown (title) and the delegate signed in (account button), both', async () => {
    const read = await gmail('/mail/b/42/u/0/', (s) => {
      s.mailPages = { gmail: { delegated: [{ id: '42', address: 'sales@nordlicht.example' }] } };
    });
    expect(named(read)).toEqual({ address: 'sales@nordlicht.example', via: 'title', signedInAs: JOERG });
  });

  it('delegated without a title naming the mailbox: cannot tell which, so it reads nothing', async () => {
    const doc = await sandboxDocument(
      demoWorld('en', (s) => {
        s.mailPages = { gmail: { delegated: [{ id: '42', address: 'sales@nordlicht.example' }] } };
      }),
      'https://mail.google.com/mail/b/42/u/0/',
    );
    doc.title = 'Gmail';
    const read = readGmailPage(doc, at('/mail/b/42/u/0/'));
    expect(read.address).toBeUndefined();
    expect(read.found).toEqual(['account-button']);
  });

  it('never takes a sender, a mailto: or a display name for the account', () => {
    const doc = toDocument(`<header role="banner"><a role="button" href="https://accounts.google.com/SignOutOptions?x" aria-label="Google Account: eve@evil.example">E</a></header>
      <div role="main"><span email="bob@x.example" name="Bob">Bob</span><a href="mailto:carl@x.example">carl@x.example</a><div title="dora@x.example">Dora</div></div>`);
    doc.title = 'Gmail';
    const read = readGmailPage(doc, at('/mail/u/0/'));
    expect(read.address).toBeUndefined();
    expect(read.sources).toEqual(['account-button', 'account-link-title', 'title']);
  });

  it('finds nothing on the sign-in page', async () => {
    const read = await gmail('/mail/u/0/', (s) => {
      s.signedIn = { ...s.signedIn, gmail: undefined };
    });
    expect(read.address).toBeUndefined();
  });
});

describe('Outlook on the web', () => {
  it.each([
    ['new-2024', 'https://outlook.office.com/mail/', 'app-launcher-login-hint'],
    ['classic-m365', 'https://outlook.office365.com/mail/inbox', 'app-launcher-login-hint'],
    ['older-o365', 'https://outlook.office.com/mail/', 'app-launcher-login-hint'],
  ] as const)('%s header: a work account from the launcher’s login_hint; the account control is the chip’s anchor', async (header, href, via) => {
    const read = await outlook(href, (s) => {
      s.signedIn = { ...s.signedIn, outlook: LARS };
      s.mailPages = { outlook: { header } };
    });
    expect(named(read)).toEqual({ address: LARS, via, signedInAs: undefined });
    expect(read.accountControl?.matches('#owa-me-control-container button, #mectrl_main_trigger, #O365_MainLink_Me')).toBe(true);
  });

  it('without the launcher link: the opened flyout, else the folder pane’s root', async () => {
    const doc = await sandboxDocument(demoWorld('en', (s) => (s.signedIn = { ...s.signedIn, outlook: LARS })), 'https://outlook.office.com/mail/');
    doc.querySelector('#O365_AppName')?.remove();
    expect(readOutlookPage(doc, at('/mail/')).via).toBe('folder-tree-root');
    doc.body.insertAdjacentHTML('beforeend', `<div id="mectrl_main_body" role="dialog"><div id="mectrl_currentAccount_secondary">${LARS}</div></div>`);
    expect(named(readOutlookPage(doc, at('/mail/')))).toEqual({ address: LARS, via: 'account-flyout', signedInAs: undefined });
  });

  it('consumer /mail/0/: the folder pane’s root (the launcher carries no login_hint there)', async () => {
    const read = await outlook('https://outlook.live.com/mail/0/', (s) => (s.signedIn = { ...s.signedIn, outlook: SAM }));
    expect(named(read)).toEqual({ address: SAM, via: 'folder-tree-root', signedInAs: undefined });
  });

  it('a shared mailbox opened in the tab: that mailbox, with the account signed in beside it', async () => {
    const read = await outlook('https://outlook.office.com/mail/support@nordlicht.example/inbox', (s) => {
      s.signedIn = { ...s.signedIn, outlook: LARS };
      s.mailPages = { outlook: { shared: ['support@nordlicht.example'] } };
    });
    expect(named(read)).toEqual({ address: 'support@nordlicht.example', via: 'shared-mailbox-path', signedInAs: LARS });
  });

  it('an address a link put in the path, that the page does not show: cannot read the page', async () => {
    const read = await outlook('https://outlook.office.com/mail/bob@x.com/inbox', (s) => (s.signedIn = { ...s.signedIn, outlook: LARS }));
    expect(read.address).toBeUndefined();
    expect(read.found).toEqual(expect.arrayContaining(['shared-mailbox-path', 'app-launcher-login-hint']));
  });

  it('a popout shows no account: nothing read, and no drift (anchorless)', async () => {
    const read = await outlook('https://outlook.office.com/mail/deeplink/compose', (s) => (s.signedIn = { ...s.signedIn, outlook: LARS }));
    expect(read.address).toBeUndefined();
    expect(read.anchorless).toBe(true);
  });

  it('never takes a display name, a sender or a mailto:', () => {
    const doc = toDocument(`<div id="owa-me-control-container"><button aria-label="eve@evil.example">E</button></div>
      <a id="x_O365_AppName" href="https://outlook.office.com/mail/?login_hint=mallory%40evil.example">Outlook</a>
      <div role="listbox"><div role="option"><div class="who" title="bob@x.example">Bob</div><a href="mailto:carl@x.example">x</a></div></div>`);
    doc.title = 'Mail - eve@evil.example - Outlook';
    expect(readOutlookPage(doc, at('/mail/')).address).toBeUndefined();
  });

  it('finds nothing on the sign-in page', async () => {
    const read = await outlook('https://outlook.office.com/mail/', (s) => (s.signedIn = { ...s.signedIn, outlook: undefined }));
    expect(read.address).toBeUndefined();
  });
});

it('a source that throws counts as finding nothing; the others still answer', () => {
  const doc = toDocument('<a id="O365_AppName" href="https://outlook.office.com/mail/?login_hint=%E0%A4%A">Outlook</a><div role="tree"><div role="treeitem" title="anna@x.example">anna@x.example</div></div>');
  expect(named(readOutlookPage(doc, at('/mail/')))).toEqual({ address: 'anna@x.example', via: 'folder-tree-root', signedInAs: undefined });
});
