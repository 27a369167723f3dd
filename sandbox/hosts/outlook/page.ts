import type { OutlookPageOptions, Scenario } from '../../core/scenario';
import { escapeHtml, jsonForScript, page } from '../../html';
import { displayName, fakeMailbox, shortDate, type FakeMessage } from '../mail-fixtures';
import { flyoutMarkup, outlookHeader, type Person } from './header';
import { outlookScript } from './script';
import { outlookStyle } from './style';

export interface OutlookPageInput {
  scenario: Scenario;
  options: OutlookPageOptions;
  me: Person;
  consumer: boolean;
  /** Where the folders live: /mail/, /mail/0/, or /mail/<shared address>/. */
  base: string;
  /** The mailbox whose mail the page shows: the account's own or a shared one. */
  shown: string;
  /** A /mail/<address>/ this account may not open: the page says so and shows its own mailbox. */
  refused: boolean;
  now: Date;
}

function messageList(messages: FakeMessage[], now: Date, who: 'from' | 'to'): string {
  return messages
    .map((m, i) => {
      const person = who === 'from' ? m.from : m.to;
      return `<div role="option" aria-selected="false" tabindex="-1" data-index="${i}" class="${m.unread ? 'unread' : 'read'}">
  <div class="who" title="${escapeHtml(person.address)}">${escapeHtml(person.name)}</div>
  <div class="subject">${escapeHtml(m.subject)}</div>
  <div class="snippet">${escapeHtml(m.snippet)}</div>
  <time datetime="${m.at.toISOString()}">${escapeHtml(shortDate(m.at, now))}</time>
</div>`;
    })
    .join('\n');
}

/** A draft's To, body and bottom bar (Send, Discard, formatting), as in a reply or a popout. */
function draft(to: string): string {
  const tools = ['Bold', 'Italic', 'Underline', 'Attach file', 'Insert link', 'Insert emoji', 'More options']
    .map((label) => `<button type="button" class="tool" aria-label="${label}">${label.charAt(0)}</button>`)
    .join('');
  return `<div class="draft" role="region" aria-label="Reply"><input type="text" aria-label="To" value="${escapeHtml(to)}">
<div role="textbox" contenteditable="true" aria-label="Message body" aria-multiline="true" class="draft-body"></div>
<div class="draft-bar">${tools}<button type="button" class="send">Send</button><button type="button" class="discard" aria-label="Discard">Discard</button></div></div>`;
}

/** The reading pane: the first message open, its sender's address and a mailto: link in its body. */
function readingPane(message: FakeMessage | undefined, compose: boolean): string {
  if (!message) return '<div class="reading" role="region" aria-label="Reading pane"></div>';
  return `<div class="reading${compose ? ' composing' : ''}" role="region" aria-label="Reading pane">
  <h2>${escapeHtml(message.subject)}</h2>
  <p class="sender">${escapeHtml(message.from.name)} &lt;${escapeHtml(message.from.address)}&gt;</p>
  <div class="body"><p>${escapeHtml(message.snippet)}</p><p><a href="mailto:${escapeHtml(message.from.address)}">${escapeHtml(message.from.address)}</a></p></div>
  ${compose ? draft(message.from.address) : '<div class="actions"><button type="button">Reply</button><button type="button">Forward</button></div>'}
</div>`;
}

/** The folder pane's mailbox root: named by the address (older headers: by the display name). */
function folderTree(input: OutlookPageInput, unread: number): string {
  const { options, base, shown, scenario } = input;
  const byName = options.header === 'older-o365';
  const label = byName ? displayName(scenario, shown) : shown;
  return `<div role="tree" aria-label="Folders">
  <div role="treeitem" aria-level="1" aria-expanded="true" tabindex="-1" class="root" title="${escapeHtml(label)}">${escapeHtml(label)}</div>
  <a role="treeitem" aria-level="2" href="${base}inbox" data-folder="inbox" title="Inbox">Inbox <span class="count">${unread}</span></a>
  <a role="treeitem" aria-level="2" href="${base}sentitems" data-folder="sentitems" title="Sent Items">Sent Items</a>
</div>`;
}

/** Outlook on the web: header, app rail, folders, message list, reading pane, toast. */
export function outlookPage(input: OutlookPageInput): string {
  const { scenario, options, me, consumer, base, shown, refused, now } = input;
  const mailbox = fakeMailbox(scenario, shown, now);
  const unread = mailbox.inbox.filter((m) => m.unread).length;
  const rail = ['Mail', 'Calendar', 'People', 'To Do', 'More apps']
    .map((label) => `<button type="button" class="icon" aria-label="${label}">${label.charAt(0)}</button>`)
    .join('');
  const body = `${outlookHeader(options, me, consumer)}
<div class="layout">
  <nav aria-label="Apps" class="rail">${rail}</nav>
  <nav aria-label="Folders" class="folders">${folderTree(input, unread)}</nav>
  <div role="main" class="main">
    ${refused ? '<div role="alert" class="refused">You don’t have permission to open this mailbox.</div>' : ''}
    <div role="listbox" aria-label="Message list" data-folder="inbox">${messageList(mailbox.inbox, now, 'from')}</div>
    <div role="listbox" aria-label="Message list" data-folder="sentitems" hidden>${messageList(mailbox.sent, now, 'to')}</div>
  </div>
  ${readingPane(mailbox.inbox[0], options.compose === true)}
</div>
${options.toast ? '<div role="alert" class="toast">Message archived. <button type="button">Undo</button></div>' : ''}`;
  const title = `Mail - ${displayName(scenario, shown)} - Outlook`;
  const rollout = options.rollout && { header: options.rollout.header, markup: outlookHeader({ ...options, header: options.rollout.header }, me, consumer), afterMs: options.rollout.afterMs ?? 2_000 };
  const script = outlookScript(jsonForScript({ base, header: options.header ?? 'new-2024', flyout: flyoutMarkup(me), rollout }));
  return page({ title, lang: 'en', body, style: outlookStyle(options.theme), script });
}

/** A popout window (/mail/deeplink/compose): a draft alone, no header, no folders. */
export function popoutPage(me: Person, options: OutlookPageOptions): string {
  const body = `<div role="main" class="popout"><p class="from">From: <button type="button" aria-label="From: ${escapeHtml(me.address)}">${escapeHtml(me.address)}</button></p>${draft('')}</div>`;
  return page({ title: 'Untitled - Message (HTML)', lang: 'en', body, style: outlookStyle(options.theme) });
}
