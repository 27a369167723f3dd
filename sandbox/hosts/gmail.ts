import type { HostModule } from '../core/host';
import { escapeHtml, htmlResponse, jsonForScript, page } from '../html';
import { fakeMailbox, initials, shortDate, type FakeMessage, type Mailbox } from './mail-fixtures';

/**
 * mail.google.com for scenario.signedIn.gmail: the parts of Gmail that the inbox content script
 * reads — the document title `Inbox (N) - <address> - Gmail`, the account button whose label is
 * `Google Account: <Name>  \n(<address>)` — and hash routes (#inbox, #sent) that change the
 * title in place as Gmail's single-page app does. Not a copy of Gmail's markup.
 */
export const gmailHost: HostModule = {
  hosts: ['mail.google.com'],
  handle(request, { world, url }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    if (url.pathname === '/' || url.pathname === '/mail' || url.pathname === '/mail/') {
      return Response.redirect('https://mail.google.com/mail/u/0/', 302);
    }
    if (url.pathname !== '/mail/u/0/' && url.pathname !== '/mail/u/0') {
      return htmlResponse(page({ title: 'Error 404 (Not Found)', lang: 'en', body: '<p>404. That’s an error.</p>' }), 404);
    }
    const address = world.scenario.signedIn?.gmail;
    if (!address) return htmlResponse(signInPage());
    return htmlResponse(inboxPage(fakeMailbox(world.scenario, address, world.now()), world.now()));
  },
};

function inboxPage(mailbox: Mailbox, now: Date): string {
  const unread = mailbox.inbox.filter((m) => m.unread).length;
  const titles = {
    inbox: unread > 0 ? `Inbox (${unread}) - ${mailbox.address} - Gmail` : `Inbox - ${mailbox.address} - Gmail`,
    sent: `Sent Mail - ${mailbox.address} - Gmail`,
  };
  // Real Gmail's label: two spaces and a line break between the name and the address.
  const accountLabel = `Google Account: ${mailbox.name}  \n(${mailbox.address})`;
  const body = `
<header role="banner" class="bar">
  <a href="#inbox" class="logo" aria-label="Gmail">Gmail</a>
  <form role="search" class="search" onsubmit="return false"><input type="search" aria-label="Search mail" placeholder="Search mail"></form>
  <a class="account" role="button" aria-label="${escapeHtml(accountLabel).replace(/\n/g, '&#10;')}"
     href="https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://mail.google.com/mail/&amp;service=mail">${escapeHtml(initials(mailbox.name))}</a>
</header>
<div class="layout">
  <nav aria-label="Mailboxes" class="nav">
    <a href="#inbox" data-route="inbox">Inbox <span class="count" aria-label="${unread} unread">${unread}</span></a>
    <a href="#sent" data-route="sent">Sent</a>
  </nav>
  <div role="main" class="main">
    <section data-route="inbox" aria-label="Inbox">${messageTable(mailbox.inbox, now, 'from')}</section>
    <section data-route="sent" aria-label="Sent Mail" hidden>${messageTable(mailbox.sent, now, 'to')}</section>
  </div>
</div>`;
  return page({ title: titles.inbox, lang: 'en', body, style: STYLE, script: routerScript(titles) });
}

function messageTable(messages: FakeMessage[], now: Date, who: 'from' | 'to'): string {
  const rows = messages.map((m) => {
    const person = who === 'from' ? m.from : { name: `To: ${m.to.name}`, address: m.to.address };
    return `<tr class="${m.unread ? 'unread' : 'read'}" tabindex="-1">
  <td class="who"><span title="${escapeHtml(person.address)}">${escapeHtml(person.name)}</span></td>
  <td class="what"><span class="subject">${escapeHtml(m.subject)}</span> - <span class="snippet">${escapeHtml(m.snippet)}</span></td>
  <td class="when"><time datetime="${m.at.toISOString()}">${escapeHtml(shortDate(m.at, now))}</time></td>
</tr>`;
  });
  return `<table role="grid" aria-readonly="true" class="list"><tbody>${rows.join('\n')}</tbody></table>`;
}

/** Shows the section of the current hash route and sets the title, like Gmail's SPA. */
function routerScript(titles: Record<'inbox' | 'sent', string>): string {
  return `(() => {
  const titles = ${jsonForScript(titles)};
  function show() {
    const route = location.hash === '#sent' ? 'sent' : 'inbox';
    for (const section of document.querySelectorAll('section[data-route]')) section.hidden = section.dataset.route !== route;
    for (const link of document.querySelectorAll('nav a[data-route]')) {
      if (link.dataset.route === route) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
    }
    document.title = titles[route];
  }
  window.addEventListener('hashchange', show);
  show();
})();`;
}

function signInPage(): string {
  const body = `<div role="main" class="signin">
  <h1>Sign in</h1>
  <p>to continue to Gmail</p>
  <a href="https://accounts.google.com/ServiceLogin?service=mail&amp;continue=https://mail.google.com/mail/">Sign in</a>
</div>`;
  return page({ title: 'Gmail', lang: 'en', body, style: STYLE });
}

const STYLE = `
body { margin: 0; font-family: Roboto, Arial, sans-serif; font-size: 14px; color: #202124; background: #f6f8fc; }
.bar { display: flex; align-items: center; gap: 16px; padding: 8px 16px; }
.logo { font-size: 22px; color: #444; text-decoration: none; width: 220px; }
.search { flex: 1; } .search input { width: 100%; max-width: 720px; padding: 12px; border: 0; border-radius: 24px; background: #eaf1fb; }
.account { display: inline-grid; place-items: center; width: 32px; height: 32px; border-radius: 50%; background: #1a73e8; color: #fff; text-decoration: none; }
.layout { display: flex; } .nav { width: 240px; display: flex; flex-direction: column; padding: 8px; }
.nav a { padding: 6px 16px; border-radius: 16px; color: #202124; text-decoration: none; display: flex; justify-content: space-between; }
.nav a[aria-current] { background: #d3e3fd; font-weight: bold; }
.main { flex: 1; background: #fff; border-radius: 16px; margin-right: 16px; }
.list { width: 100%; border-collapse: collapse; } .list td { padding: 8px; border-bottom: 1px solid #f1f3f4; }
.unread { font-weight: bold; } .snippet { color: #5f6368; font-weight: normal; } .when { text-align: right; white-space: nowrap; }
.signin { max-width: 400px; margin: 80px auto; padding: 40px; background: #fff; border-radius: 8px; }
`;
