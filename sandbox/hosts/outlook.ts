import type { HostModule } from '../core/host';
import type { Scenario } from '../core/scenario';
import { escapeHtml, htmlResponse, jsonForScript, page } from '../html';
import { fakeMailbox, initials, shortDate, type FakeMessage, type Mailbox } from './mail-fixtures';

const CONSUMER_HOST = 'outlook.live.com';
const CONSUMER_DOMAIN = /^(outlook|hotmail|live|msn|passport)\.[a-z.]+$/i;

/**
 * Outlook on the web for scenario.signedIn.outlook: work accounts on outlook.office.com and
 * outlook.office365.com, Outlook.com accounts on outlook.live.com (the other kind gets the
 * sign-in page, as in reality). What the inbox content script reads: the title
 * `Mail - <Name> - Outlook`, the me-control button `Account manager for <Name>` and its flyout with
 * the address; folders switch by history.pushState (/mail/inbox, /mail/sentitems; /mail/0/... on
 * outlook.live.com). Not a copy of OWA's markup.
 */
export const outlookHost: HostModule = {
  hosts: ['outlook.office.com', 'outlook.office365.com', CONSUMER_HOST],
  handle(request, { world, url }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const consumerHost = url.hostname === CONSUMER_HOST;
    const base = consumerHost ? '/mail/0/' : '/mail/';
    if (url.pathname === '/' || url.pathname === '/mail' || (consumerHost && url.pathname === '/mail/')) {
      return Response.redirect(`https://${url.hostname}${base}`, 302);
    }
    if (!url.pathname.startsWith(base)) {
      return htmlResponse(page({ title: 'Outlook', lang: 'en', body: '<p>This page isn’t available.</p>' }), 404);
    }
    const address = world.scenario.signedIn?.outlook;
    if (!address || isConsumerAccount(world.scenario, address) !== consumerHost) {
      return htmlResponse(signInPage(consumerHost));
    }
    return htmlResponse(mailPage(fakeMailbox(world.scenario, address, world.now()), base, world.now()));
  },
};

/** Outlook.com (consumer) rather than a Microsoft 365 work account? */
export function isConsumerAccount(scenario: Scenario, address: string): boolean {
  const domain = address.split('@')[1] ?? '';
  if (CONSUMER_DOMAIN.test(domain)) return true;
  const same = (a: string) => a.toLowerCase() === address.toLowerCase();
  return [...(scenario.personalInboxes ?? []), ...(scenario.teamChannels ?? []), ...(scenario.providerGrants ?? [])].some(
    (entry) => same(entry.address) && entry.provider === 'outlook',
  );
}

function mailPage(mailbox: Mailbox, base: string, now: Date): string {
  const name = escapeHtml(mailbox.name);
  const unread = mailbox.inbox.filter((m) => m.unread).length;
  const body = `
<header role="banner" class="bar">
  <span class="brand">Outlook</span>
  <div role="search" class="search"><input type="search" aria-label="Search" placeholder="Search"></div>
  <button type="button" id="meInitialsButton" class="me" aria-label="Account manager for ${name}"
    aria-expanded="false" aria-controls="mectrl_flyout">${escapeHtml(initials(mailbox.name))}</button>
  <div id="mectrl_flyout" class="flyout" role="dialog" aria-label="Account manager" hidden>
    <div id="mectrl_currentAccount_primary" class="me-name">${name}</div>
    <div id="mectrl_currentAccount_secondary" class="me-address">${escapeHtml(mailbox.address)}</div>
    <a href="https://login.microsoftonline.com/common/oauth2/v2.0/logout">Sign out</a>
  </div>
</header>
<div class="layout">
  <nav aria-label="Folders" class="nav">
    <a href="${base}inbox" data-folder="inbox" title="Inbox">Inbox <span class="count">${unread}</span></a>
    <a href="${base}sentitems" data-folder="sentitems" title="Sent Items">Sent Items</a>
  </nav>
  <div role="main" class="main">
    <div role="listbox" aria-label="Message list" data-folder="inbox">${messageList(mailbox.inbox, now, 'from')}</div>
    <div role="listbox" aria-label="Message list" data-folder="sentitems" hidden>${messageList(mailbox.sent, now, 'to')}</div>
  </div>
</div>`;
  return page({ title: `Mail - ${mailbox.name} - Outlook`, lang: 'en', body, style: STYLE, script: clientScript(base) });
}

function messageList(messages: FakeMessage[], now: Date, who: 'from' | 'to'): string {
  return messages
    .map((m) => {
      const person = who === 'from' ? m.from : m.to;
      return `<div role="option" aria-selected="false" class="${m.unread ? 'unread' : 'read'}">
  <div class="who" title="${escapeHtml(person.address)}">${escapeHtml(person.name)}</div>
  <div class="subject">${escapeHtml(m.subject)}</div>
  <div class="snippet">${escapeHtml(m.snippet)}</div>
  <time datetime="${m.at.toISOString()}">${escapeHtml(shortDate(m.at, now))}</time>
</div>`;
    })
    .join('\n');
}

/** Folder switching by pushState (OWA's routing) and the me-control flyout. */
const clientScript = (base: string) => `(() => {
  const base = ${jsonForScript(base)};
  function show() {
    const folder = location.pathname.slice(base.length).split('/')[0] === 'sentitems' ? 'sentitems' : 'inbox';
    for (const list of document.querySelectorAll('[role=listbox][data-folder]')) list.hidden = list.dataset.folder !== folder;
    for (const link of document.querySelectorAll('nav a[data-folder]')) {
      if (link.dataset.folder === folder) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
    }
  }
  for (const link of document.querySelectorAll('nav a[data-folder]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', link.getAttribute('href'));
      show();
    });
  }
  window.addEventListener('popstate', show);
  const me = document.getElementById('meInitialsButton');
  const flyout = document.getElementById('mectrl_flyout');
  me.addEventListener('click', () => {
    flyout.hidden = !flyout.hidden;
    me.setAttribute('aria-expanded', String(!flyout.hidden));
  });
  show();
})();`;

function signInPage(consumer: boolean): string {
  const login = consumer ? 'https://login.live.com/' : 'https://login.microsoftonline.com/';
  const body = `<div role="main" class="signin">
  <h1>Sign in</h1>
  <p>to continue to Outlook</p>
  <a href="${login}">Sign in</a>
</div>`;
  return page({ title: 'Outlook', lang: 'en', body, style: STYLE });
}

const STYLE = `
body { margin: 0; font-family: 'Segoe UI', Arial, sans-serif; font-size: 14px; color: #242424; background: #f5f5f5; }
.bar { display: flex; align-items: center; gap: 16px; padding: 6px 16px; background: #0f6cbd; color: #fff; position: relative; }
.brand { font-weight: 600; width: 200px; } .search { flex: 1; } .search input { width: 100%; max-width: 560px; padding: 6px; border: 0; border-radius: 4px; }
.me { width: 32px; height: 32px; border-radius: 50%; border: 0; background: #fff; color: #0f6cbd; font-weight: 600; cursor: pointer; }
.flyout { position: absolute; right: 16px; top: 48px; background: #fff; color: #242424; padding: 16px; box-shadow: 0 4px 12px rgba(0,0,0,.2); }
.me-name { font-weight: 600; } .me-address { color: #616161; margin-bottom: 8px; }
.layout { display: flex; } .nav { width: 220px; display: flex; flex-direction: column; padding: 8px; }
.nav a { padding: 6px 12px; color: #242424; text-decoration: none; display: flex; justify-content: space-between; }
.nav a[aria-current] { background: #ebf3fc; font-weight: 600; }
.main { flex: 1; background: #fff; } [role=option] { padding: 8px 12px; border-bottom: 1px solid #eee; }
.unread .who, .unread .subject { font-weight: 600; color: #0f6cbd; } .snippet { color: #616161; }
.signin { max-width: 440px; margin: 80px auto; padding: 44px; background: #fff; }
`;
