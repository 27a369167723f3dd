// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addressPartOfTitle, findSignedInAddress, type AddressStrategy } from '../../lib/pages/find-address';
import { gmailAddressStrategies } from '../../lib/pages/gmail/signed-in-address';
import { outlookAddressStrategies } from '../../lib/pages/outlook/signed-in-address';
import { demoWorld, sandboxDocument, toDocument } from '../guide/sandbox-pages';

const JOERG = 'joerg.mueller@nordlicht.example';
const LARS = 'lars.andersson@nordlicht-nordic.example';
const SAM = 'sam.okafor@outlook.com';
const at = (pathname: string) => ({ pathname });

describe('Gmail', () => {
  it('finds the signed-in address on the sandbox page, by the title first', async () => {
    const doc = await sandboxDocument(demoWorld(), 'https://mail.google.com/mail/u/0/');
    expect(findSignedInAddress(doc, gmailAddressStrategies, at('/mail/u/0/'))).toEqual({ address: JOERG, via: 'title' });
  });

  it('falls back to the account button when the title says nothing (and ignores senders in the list)', async () => {
    const doc = await sandboxDocument(demoWorld(), 'https://mail.google.com/mail/u/0/');
    doc.title = 'Gmail';
    expect(findSignedInAddress(doc, gmailAddressStrategies, at('/mail/u/0/'))).toEqual({ address: JOERG, via: 'account-button' });
    doc.querySelector('header')?.remove();
    // Senders' addresses are all over the message list: none of them is the user's.
    expect(doc.querySelectorAll('[title*="@"]').length).toBeGreaterThan(0);
    expect(findSignedInAddress(doc, gmailAddressStrategies, at('/mail/u/0/'))).toBeUndefined();
  });

  it('reads Workspace-branded and Swedish titles, never an address inside a subject', () => {
    expect(addressPartOfTitle('Inkorgen (2) - Anna@Nordlicht.example - Nordlicht Mail')).toBe('anna@nordlicht.example');
    expect(addressPartOfTitle('Re: mail bob@x.example about - Gmail')).toBeUndefined();
  });

  it('reads the Swedish account button', () => {
    const doc = toDocument('<header><a role="button" aria-label="Google-konto: Anna Berg  \n(anna@x.example)">AB</a></header>');
    expect(findSignedInAddress(doc, gmailAddressStrategies, at('/mail/u/0/'))).toEqual({ address: 'anna@x.example', via: 'account-button' });
  });
});

describe('Outlook on the web', () => {
  it.each([
    ['outlook.office.com', '/mail/', LARS],
    ['outlook.office365.com', '/mail/', LARS],
    ['outlook.live.com', '/mail/0/', SAM],
  ])('finds the address on %s from the me control', async (host, path, address) => {
    const world = demoWorld('en', (s) => {
      s.signedIn = { ...s.signedIn, outlook: address };
    });
    const doc = await sandboxDocument(world, `https://${host}${path}`);
    expect(doc.title).not.toContain('@');
    expect(findSignedInAddress(doc, outlookAddressStrategies, at(path))).toEqual({ address, via: 'me-control-secondary' });
  });

  it('takes a shared mailbox from the URL, and the folder tree root as a last resort', () => {
    const doc = toDocument('<div role="tree"><div role="treeitem" title="Anna@X.example">Anna</div></div>');
    expect(findSignedInAddress(doc, outlookAddressStrategies, at('/mail/support%40x.example/inbox'))).toEqual({ address: 'support@x.example', via: 'shared-mailbox-path' });
    expect(findSignedInAddress(doc, outlookAddressStrategies, at('/mail/inbox'))).toEqual({ address: 'anna@x.example', via: 'folder-tree-root' });
  });

  it('finds nothing on the sign-in page', async () => {
    const world = demoWorld('en', (s) => {
      s.signedIn = { ...s.signedIn, outlook: undefined };
    });
    const doc = await sandboxDocument(world, 'https://outlook.office.com/mail/');
    expect(findSignedInAddress(doc, outlookAddressStrategies, at('/mail/'))).toBeUndefined();
  });
});

it('a strategy that throws counts as not finding, and the next one is tried', () => {
  const broken: AddressStrategy = { name: 'broken', seen: '2026-11-22', find: () => { throw new Error('layout changed'); } };
  const working: AddressStrategy = { name: 'working', seen: '2026-11-22', find: () => 'a@b.example' };
  expect(findSignedInAddress(toDocument('<p></p>'), [broken, working], at('/'))).toEqual({ address: 'a@b.example', via: 'working' });
});
