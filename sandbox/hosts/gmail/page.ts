import type { GmailPageOptions, Scenario } from '../../core/scenario';
import { escapeHtml, jsonForScript, page } from '../../html';
import { displayName, fakeMailbox, shortDate, type FakeMessage } from '../mail-fixtures';
import { composeWindow, draftFields } from './compose';
import { gmailHeader, type Person } from './header';
import { gmailRouter } from './script';
import { gmailStyle } from './style';
import { accountsOf } from './accounts';

export interface GmailPageInput {
  scenario: Scenario;
  options: GmailPageOptions;
  /** The account signed in at this /mail/u/<n>/. */
  me: Person;
  /** The mailbox whose mail the page shows: `me`'s, or a delegated one. */
  shown: string;
  path: string;
  now: Date;
}

/** The scenario's own messages (mailPages.gmail.messages) on top of the generated inbox. */
function inboxOf(input: GmailPageInput): FakeMessage[] {
  const { scenario, options, shown, now } = input;
  const mailbox = fakeMailbox(scenario, shown, now);
  const extra = (options.messages ?? []).map((m, i) => ({
    from: m.from,
    to: { name: displayName(scenario, shown), address: shown },
    subject: m.subject,
    snippet: m.body ?? '',
    at: new Date(now.getTime() - (i + 1) * 60_000),
    unread: true,
  }));
  return [...extra, ...mailbox.inbox];
}

function rows(messages: FakeMessage[], now: Date, who: 'from' | 'to', route: string): string {
  return messages
    .map((m, i) => {
      const person = who === 'from' ? m.from : { name: `To: ${m.to.name}`, address: m.to.address };
      // Gmail marks a sender with email= and name= attributes: never the signed-in account.
      return `<tr role="row" tabindex="-1" class="${m.unread ? 'unread' : 'read'}" data-open="${route}/${i}">
  <td class="sel"><div role="checkbox" aria-checked="false" aria-label="Select" tabindex="-1"></div></td>
  <td class="star"><span role="button" tabindex="-1" aria-label="Not starred">☆</span></td>
  <td class="who"><span email="${escapeHtml(person.address)}" name="${escapeHtml(person.name)}">${escapeHtml(person.name)}</span></td>
  <td class="what"><span class="subject">${escapeHtml(m.subject)}</span> - <span class="snippet">${escapeHtml(m.snippet)}</span></td>
  <td class="when"><time datetime="${m.at.toISOString()}">${escapeHtml(shortDate(m.at, now))}</time></td>
</tr>`;
    })
    .join('\n');
}

/** An open message: its sender (email= attribute), a body with a mailto: link, an inline reply draft. */
function thread(m: FakeMessage, index: number): string {
  return `<article data-thread="${index}" hidden>
  <h2 class="thread-subject">${escapeHtml(m.subject)}</h2>
  <p class="thread-from"><span class="gD" email="${escapeHtml(m.from.address)}" name="${escapeHtml(m.from.name)}">${escapeHtml(m.from.name)}</span> &lt;${escapeHtml(m.from.address)}&gt;</p>
  <div class="thread-body"><p>${escapeHtml(m.snippet)}</p><p>Write to <a href="mailto:${escapeHtml(m.from.address)}">${escapeHtml(m.from.address)}</a>.</p></div>
  <div class="reply-draft" aria-label="Reply">${draftFields(escapeHtml(m.from.address))}</div>
</article>`;
}

function sidePanel(): string {
  const apps = ['Calendar', 'Keep', 'Tasks', 'Contacts', 'Get add-ons']
    .map((label) => `<div role="button" tabindex="0" aria-label="${label}" class="icon">${label.charAt(0)}</div>`)
    .join('');
  return `<div role="complementary" aria-label="Side panel" class="addons">${apps}<div role="button" tabindex="0" aria-label="Hide side panel" class="icon hide-panel">›</div></div>`;
}

/** Gmail's page: header, navigation, toolbar, lists and threads, side panel, compose window. */
export function gmailPage(input: GmailPageInput): string {
  const { scenario, options, me, shown, now } = input;
  const sep = ` ${options.titleSeparator ?? '-'} `;
  const brand = options.brand ?? 'Gmail';
  const inbox = inboxOf(input);
  const sent = fakeMailbox(scenario, shown, now).sent;
  const unread = inbox.filter((m) => m.unread).length;
  const titleOf = (first: string) => [first, shown, brand].join(sep);
  const titles = {
    inbox: titleOf(unread > 0 ? `Inbox (${unread})` : 'Inbox'),
    sent: titleOf('Sent Mail'),
    threads: inbox.map((m) => titleOf(m.subject)),
  };
  const accounts = accountsOf(scenario).map((address) => ({ name: displayName(scenario, address), address }));
  const delegated = shown === me.address ? undefined : shown;
  const nav = ['Inbox', 'Starred', 'Snoozed', 'Sent', 'Drafts']
    .map((label) => {
      const route = label === 'Inbox' ? 'inbox' : label === 'Sent' ? 'sent' : label.toLowerCase();
      const count = label === 'Inbox' ? `<span class="count" aria-label="${unread} unread">${unread}</span>` : '';
      return `<a href="#${route}" data-route="${route}" aria-label="${label}"><span class="nav-icon">${label.charAt(0)}</span><span class="nav-text">${label}</span>${count}</a>`;
    })
    .join('');
  const body = `${gmailHeader(options, me, accounts, delegated)}
<div class="layout">
  <nav aria-label="Mailboxes" class="nav"><div role="button" tabindex="0" class="compose-btn" aria-label="Compose"><span>✎</span><span class="nav-text">Compose</span></div>${nav}</nav>
  <div role="main" class="main">
    <div class="toolbar"><div role="checkbox" tabindex="0" aria-checked="false" aria-label="Select" class="icon"></div><div role="button" tabindex="0" aria-label="Refresh" class="icon">↻</div><div role="button" tabindex="0" aria-label="More email options" class="icon">⋮</div>
      <span class="pages">1–${inbox.length} of ${inbox.length}</span><div role="button" tabindex="0" aria-label="Newer" aria-disabled="true" class="icon">‹</div><div role="button" tabindex="0" aria-label="Older" aria-disabled="true" class="icon">›</div></div>
    <div class="scroll">
      <section data-route="inbox" aria-label="Inbox"><table role="grid" class="list"><tbody>${rows(inbox, now, 'from', 'inbox')}</tbody></table></section>
      <section data-route="sent" aria-label="Sent Mail" hidden><table role="grid" class="list"><tbody>${rows(sent, now, 'to', 'sent')}</tbody></table></section>
      <section data-route="thread" aria-label="Conversation" hidden>${inbox.map(thread).join('')}</section>
    </div>
  </div>
  ${sidePanel()}
</div>
${composeWindow(options.compose)}`;
  const rollout = options.rollout && { markup: gmailHeader({ ...options, header: options.rollout.header }, me, accounts, delegated), afterMs: options.rollout.afterMs ?? 2_000 };
  return page({ title: titles.inbox, lang: 'en', body, style: gmailStyle(options.theme), script: gmailRouter(jsonForScript({ titles, compose: composeWindow('window'), rollout })) });
}
