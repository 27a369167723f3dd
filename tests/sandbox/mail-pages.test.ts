import { describe, expect, it, vi } from 'vitest';
import { createSandbox } from '../../sandbox/core/sandbox';
import type { Scenario } from '../../sandbox/core/scenario';
import { gmailHost } from '../../sandbox/hosts/gmail';
import { isConsumerAccount, outlookHost } from '../../sandbox/hosts/outlook';

vi.mock('../../sandbox/hosts/index', () => ({ hostModules: [] }));

const HOSTILE = '<img src=x onerror=alert(1)>';

function world(signedIn: Scenario['signedIn']): Scenario {
  return {
    portal: { id: 9, name: 'Pages' },
    users: [
      { id: '1', email: 'jorg@work.example', firstName: 'Jörg', lastName: 'Müller' },
      { id: '2', email: 'eve@work.example', firstName: HOSTILE, lastName: '"Quote"' },
      { id: '3', email: 'sam@hotmail.com', firstName: 'Sam', lastName: 'Home' },
    ],
    ...(signedIn ? { signedIn } : {}),
  };
}

async function html(scenario: Scenario, url: string): Promise<{ status: number; body: string; location: string | null }> {
  const sandbox = createSandbox(scenario, { modules: [gmailHost, outlookHost] });
  const answer = await sandbox.handle(new Request(url, { redirect: 'manual' }));
  return { status: answer.status, body: await answer.text(), location: answer.headers.get('location') };
}

describe('Gmail page', () => {
  it('shows the signed-in address in the title and the account button', async () => {
    const { body } = await html(world({ gmail: 'jorg@work.example' }), 'https://mail.google.com/mail/u/0/');
    expect(body).toContain('<title>Inbox (3) - jorg@work.example - Gmail</title>');
    expect(body).toContain('aria-label="Google Account: Jörg Müller&#10;  (jorg@work.example)"');
    expect(body).toContain('href="#sent"');
  });

  it('sends / to the first account', async () => {
    const { status, location } = await html(world({ gmail: 'jorg@work.example' }), 'https://mail.google.com/');
    expect(status).toBe(302);
    expect(location).toBe('https://mail.google.com/mail/u/0/');
  });

  it('escapes scenario data', async () => {
    const { body } = await html(world({ gmail: 'eve@work.example' }), 'https://mail.google.com/mail/u/0/');
    expect(body).not.toContain('<img');
    expect(body).toContain('Google Account: &lt;img src=x onerror=alert(1)&gt; &quot;Quote&quot;');
  });

  it('escapes names of colleagues in the message list', async () => {
    const { body } = await html(world({ gmail: 'jorg@work.example' }), 'https://mail.google.com/mail/u/0/');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toContain('<img');
  });

  it('serves several accounts at /mail/u/<n>/ and delegated mailboxes at /mail/b/<id>/u/0/', async () => {
    const scenario = world({ gmail: 'jorg@work.example' });
    scenario.mailPages = { gmail: { otherAccounts: ['eve@work.example'], delegated: [{ id: '123', address: 'boss@work.example' }] } };
    const second = (await html(scenario, 'https://mail.google.com/mail/u/1/')).body;
    expect(second).toContain('<title>Inbox (3) - eve@work.example - Gmail</title>');
    expect(second).toContain('(eve@work.example)"');
    // The account flyout lists every account, the default first: before the account button.
    expect(second.indexOf('jorg@work.example</span> <span>(default)</span>')).toBeLessThan(second.indexOf('(eve@work.example)"'));
    const delegated = (await html(scenario, 'https://mail.google.com/mail/b/123/u/0/')).body;
    expect(delegated).toContain('<title>Inbox (3) - boss@work.example - Gmail</title>');
    expect(delegated).toContain('aria-label="Google Account: Jörg Müller&#10;  (jorg@work.example)"');
    expect(delegated).toContain('<div class="acct-delegated">boss@work.example <span>(delegated)</span></div>');
    expect((await html(scenario, 'https://mail.google.com/mail/b/999/u/0/')).status).toBe(403);
    expect((await html(scenario, 'https://mail.google.com/mail/u/2/')).body).toContain('Sign in');
  });

  it('draws the 2016 header (title attribute, no banner), a localised prefix, an en dash and a brand', async () => {
    const scenario = world({ gmail: 'jorg@work.example' });
    scenario.mailPages = { gmail: { header: 'title-2016', accountPrefix: 'Google-Konto', titleSeparator: '–', brand: 'Nordlicht Mail' } };
    const { body } = await html(scenario, 'https://mail.google.com/mail/u/0/');
    expect(body).toContain('<title>Inbox (3) – jorg@work.example – Nordlicht Mail</title>');
    expect(body).toContain('title="Google-Konto: Jörg Müller&#10;(jorg@work.example)"');
    expect(body).not.toContain('role="banner"');
    expect(body).not.toContain('aria-label="Google-Konto');
  });

  it('puts the scenario’s messages on top, with their subject in the title once opened, and a compose window', async () => {
    const scenario = world({ gmail: 'jorg@work.example' });
    scenario.mailPages = { gmail: { compose: 'window', messages: [{ subject: 'New lead - bob@x.example', from: { name: 'Bob', address: 'bob@x.example' } }] } };
    const { body } = await html(scenario, 'https://mail.google.com/mail/u/0/');
    expect(body).toContain('"New lead - bob@x.example - jorg@work.example - Gmail"');
    expect(body).toContain('<span email="bob@x.example" name="Bob">Bob</span>');
    expect(body).toContain('<div role="dialog" aria-label="New Message" class="compose">');
    expect(body).toContain('aria-label="Discard draft"');
  });

  it('shows a sign-in page when nobody is signed in', async () => {
    const { status, body } = await html(world(undefined), 'https://mail.google.com/mail/u/0/');
    expect(status).toBe(200);
    expect(body).toContain('<title>Gmail</title>');
    expect(body).toContain('Sign in');
    expect(body).not.toContain('Google Account:');
  });
});

describe('Outlook page', () => {
  it('shows a work account on outlook.office.com: the new header names the person, the launcher link carries login_hint', async () => {
    const { body } = await html(world({ outlook: 'jorg@work.example' }), 'https://outlook.office.com/mail/inbox');
    expect(body).toContain('<title>Mail - Jörg Müller - Outlook</title>');
    expect(body).toContain('<div id="owa-me-control-container" class="me-wrap"><button type="button" class="me" aria-label="Jörg Müller"');
    expect(body).toContain('id="O365_AppName" href="https://outlook.office.com/mail/?login_hint=jorg%40work.example"');
    // The flyout with the address is rendered only once opened (by the page's script).
    expect(body).not.toContain('<div id="mectrl_currentAccount_secondary"');
    expect(body).toContain('href="/mail/sentitems"');
  });

  it('draws the classic and the older Microsoft 365 headers', async () => {
    const classic = world({ outlook: 'jorg@work.example' });
    classic.mailPages = { outlook: { header: 'classic-m365' } };
    expect((await html(classic, 'https://outlook.office.com/mail/')).body).toContain(
      '<button type="button" id="mectrl_main_trigger" class="mectrl_resetStyle mectrl_trigger me" aria-label="Account manager for Jörg Müller" aria-controls="mectrl_main_body"',
    );
    const older = world({ outlook: 'jorg@work.example' });
    older.mailPages = { outlook: { header: 'older-o365' } };
    const { body } = await html(older, 'https://outlook.office.com/mail/');
    expect(body).toContain('<div id="O365_MainLink_Me" class="me-wrap"><div id="O365_MainLink_MePhoto"><button type="button" id="meInitialsButton"');
    expect(body).toContain('<div id="mectrl_currentAccount_secondary">jorg@work.example</div>');
  });

  it('opens a shared mailbox in the tab, refuses one the account may not open, and serves popouts without a header', async () => {
    const scenario = world({ outlook: 'jorg@work.example' });
    scenario.mailPages = { outlook: { shared: ['support@work.example'] } };
    const shared = (await html(scenario, 'https://outlook.office.com/mail/support@work.example/inbox')).body;
    expect(shared).toContain('class="root" title="support@work.example">support@work.example</div>');
    expect(shared).toContain('href="/mail/support%40work.example/sentitems"');
    expect(shared).not.toContain('role="alert"');
    const refused = (await html(scenario, 'https://outlook.office.com/mail/bob@elsewhere.example/inbox')).body;
    expect(refused).toContain('You don’t have permission to open this mailbox.');
    expect(refused).toContain('class="root" title="jorg@work.example">jorg@work.example</div>');
    const popout = (await html(scenario, 'https://outlook.office.com/mail/deeplink/compose')).body;
    expect(popout).not.toContain('O365_NavHeader');
    expect(popout).not.toContain('role="tree"');
  });

  it('serves the same account on outlook.office365.com and any /mail/ route', async () => {
    const { body } = await html(world({ outlook: 'jorg@work.example' }), 'https://outlook.office365.com/mail/sentitems');
    expect(body).toContain('Account manager for Jörg Müller');
  });

  it('shows Outlook.com accounts on outlook.live.com only', async () => {
    const consumer = world({ outlook: 'sam@hotmail.com' });
    const live = await html(consumer, 'https://outlook.live.com/mail/0/');
    expect(live.body).toContain('<title>Mail - Sam Home - Outlook</title>');
    expect(live.body).toContain('href="/mail/0/sentitems"');
    expect((await html(consumer, 'https://outlook.office.com/mail/')).body).not.toContain('owa-me-control-container');
    expect((await html(world({ outlook: 'jorg@work.example' }), 'https://outlook.live.com/mail/0/')).body).not.toContain('owa-me-control-container');
  });

  it('treats an address as Outlook.com when the scenario says its provider is outlook', () => {
    const scenario = world(undefined);
    expect(isConsumerAccount(scenario, 'someone@custom.example')).toBe(false);
    scenario.providerGrants = [{ address: 'someone@custom.example', provider: 'outlook', app: 'HubSpot' }];
    expect(isConsumerAccount(scenario, 'Someone@custom.example')).toBe(true);
  });

  it('escapes scenario data', async () => {
    const { body } = await html(world({ outlook: 'eve@work.example' }), 'https://outlook.office.com/mail/');
    expect(body).not.toContain('<img');
    expect(body).toContain('aria-label="&lt;img src=x onerror=alert(1)&gt; &quot;Quote&quot;"');
    expect(body).toContain('<title>Mail - &lt;img src=x onerror=alert(1)&gt; &quot;Quote&quot; - Outlook</title>');
  });

  it('shows a sign-in page when nobody is signed in', async () => {
    const { body } = await html(world(undefined), 'https://outlook.office.com/mail/');
    expect(body).toContain('<title>Outlook</title>');
    expect(body).not.toContain('owa-me-control-container');
  });
});
