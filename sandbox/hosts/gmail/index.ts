import type { HostModule } from '../../core/host';
import type { GmailPageOptions } from '../../core/scenario';
import { htmlResponse, page } from '../../html';
import { displayName } from '../mail-fixtures';
import { accountsOf } from './accounts';
import { gmailPage } from './page';

/**
 * mail.google.com: Gmail for scenario.signedIn.gmail at /mail/u/0/ and the accounts of
 * mailPages.gmail.otherAccounts at /mail/u/1/, /mail/u/2/, …; mailboxes delegated to the first
 * account (mailPages.gmail.delegated) at /mail/b/<id>/u/0/. The variants of the real page that
 * the inbox content script must read (../reference/mail-pages.md) come from mailPages.gmail:
 * the 2019 bar or the 2016 header, the account label's localised prefix, the title's separator
 * and brand, messages whose subject goes in the title, a compose window, the dark theme. Not a
 * copy of Gmail's markup: its shape, roles and labels.
 */
export const gmailHost: HostModule = {
  hosts: ['mail.google.com'],
  handle(request, { world, url }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    if (url.pathname === '/' || url.pathname === '/mail' || url.pathname === '/mail/') {
      return Response.redirect('https://mail.google.com/mail/u/0/', 302);
    }
    const route = /^\/mail\/(?:b\/([0-9]+)\/)?u\/([0-9]+)\/?$/.exec(url.pathname);
    if (!route) return htmlResponse(page({ title: 'Error 404 (Not Found)', lang: 'en', body: '<p>404. That’s an error.</p>' }), 404);
    const scenario = world.scenario;
    const options: GmailPageOptions = scenario.mailPages?.gmail ?? {};
    const account = accountsOf(scenario)[Number(route[2])];
    if (!account) return htmlResponse(signInPage());
    const delegated = route[1] === undefined ? undefined : options.delegated?.find((d) => d.id === route[1]);
    // A delegation this account does not have: Gmail says so on its own error page.
    if (route[1] !== undefined && (!delegated || Number(route[2]) !== 0)) return htmlResponse(page({ title: 'Gmail', lang: 'en', body: '<p>You don’t have access to this mailbox.</p>' }), 403);
    const me = { name: displayName(scenario, account), address: account };
    return htmlResponse(gmailPage({ scenario, options, me, shown: delegated?.address ?? account, path: url.pathname, now: world.now() }));
  },
};

function signInPage(): string {
  const body = `<div role="main" class="signin">
  <h1>Sign in</h1>
  <p>to continue to Gmail</p>
  <a href="https://accounts.google.com/ServiceLogin?service=mail&amp;continue=https://mail.google.com/mail/">Sign in</a>
</div>`;
  return page({ title: 'Gmail', lang: 'en', body, style: 'body{font-family:Arial,sans-serif}.signin{max-width:400px;margin:80px auto;padding:40px}' });
}
