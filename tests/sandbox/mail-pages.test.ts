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
    expect(body).toContain('aria-label="Google Account: Jörg Müller  &#10;(jorg@work.example)"');
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

  it('shows a sign-in page when nobody is signed in', async () => {
    const { status, body } = await html(world(undefined), 'https://mail.google.com/mail/u/0/');
    expect(status).toBe(200);
    expect(body).toContain('<title>Gmail</title>');
    expect(body).toContain('Sign in');
    expect(body).not.toContain('Google Account:');
  });
});

describe('Outlook page', () => {
  it('shows a work account on outlook.office.com', async () => {
    const { body } = await html(world({ outlook: 'jorg@work.example' }), 'https://outlook.office.com/mail/inbox');
    expect(body).toContain('<title>Mail - Jörg Müller - Outlook</title>');
    expect(body).toContain('aria-label="Account manager for Jörg Müller"');
    expect(body).toContain('>jorg@work.example</div>');
    expect(body).toContain('href="/mail/sentitems"');
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
    expect((await html(consumer, 'https://outlook.office.com/mail/')).body).not.toContain('Account manager');
    expect((await html(world({ outlook: 'jorg@work.example' }), 'https://outlook.live.com/mail/0/')).body).not.toContain('Account manager');
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
    expect(body).toContain('aria-label="Account manager for &lt;img src=x onerror=alert(1)&gt; &quot;Quote&quot;"');
    expect(body).toContain('<title>Mail - &lt;img src=x onerror=alert(1)&gt; &quot;Quote&quot; - Outlook</title>');
  });

  it('shows a sign-in page when nobody is signed in', async () => {
    const { body } = await html(world(undefined), 'https://outlook.office.com/mail/');
    expect(body).toContain('<title>Outlook</title>');
    expect(body).not.toContain('Account manager');
  });
});
