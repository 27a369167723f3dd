// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startInbox, type InboxSend } from '../../lib/inbox/run-inbox';

type Sent = { type: string; payload: unknown };

/** happy-dom's control object on its window (not in the DOM typings). */
const setURL = (href: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);

/** A mail page at `href` with `title`; the document is happy-dom's global one. */
function mailPage(href: string, title: string, body = '<main>mail</main>'): Location {
  setURL(href);
  document.title = title;
  document.body.innerHTML = body;
  return window.location as unknown as Location;
}

const UNKNOWN_HINT = { text: 'Open HubSpot’s Connected emails once', detail: 'HubSpot has no API for personal inboxes: open it once.' };

/** The chip's closed shadow root, caught as it is attached (a page's scripts cannot reach it). */
function catchShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

function fakeBackground(status = 'linked', fail?: (type: string) => Error | undefined) {
  const sent: Sent[] = [];
  const send = (async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    const error = fail?.(type);
    if (error) throw error;
    if (type === 'mailbox/status') {
      const address = (payload as { address: string }).address;
      const hint = status === 'unknown' ? { hint: UNKNOWN_HINT } : {};
      return { address, status, provider: 'google', kind: 'personal', checkedAt: null, label: `Inboxlink: ${status} <b>${address}</b>`, ...hint };
    }
    return type === 'sidepanel/open' ? { opened: true } : { stored: true };
  }) as InboxSend;
  return { sent, send };
}

function context() {
  const controller = new AbortController();
  const ctx = { isValid: true, signal: controller.signal };
  return { ctx, invalidate: () => { ctx.isValid = false; }, abort: () => controller.abort() };
}

const chipHost = () => document.querySelector('inboxlink-chip');
const types = (sent: Sent[]) => sent.map((s) => s.type);

afterEach(() => {
  vi.restoreAllMocks();
  chipHost()?.remove();
});

describe('startInbox', () => {
  it('reports the address with its status question (one message) and shows the status in the chip, as text', async () => {
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail');
    const { sent, send } = fakeBackground('half-unlinked');
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()?.getAttribute('data-inboxlink-status')).toBe('half-unlinked'));
    expect(types(sent)).toEqual(['mailbox/status']);
    expect(sent[0]?.payload).toEqual({ address: 'anna@x.example', seen: { path: '/mail/u/0/', value: { provider: 'google', via: 'title' } } });
    // The label went in as text: no <b> element anywhere in the page.
    expect(document.querySelector('b')).toBeNull();
  });

  it('an unknown inbox: the chip shows how to fix it (visible line, name, tooltip) and still opens the side panel', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail');
    const { sent, send } = fakeBackground('unknown');
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()?.getAttribute('data-inboxlink-status')).toBe('unknown'));
    const button = roots[0]?.querySelector('button');
    const label = 'Inboxlink: unknown <b>anna@x.example</b>';
    expect(button?.querySelector('.hint')?.textContent).toBe(UNKNOWN_HINT.text);
    expect(button?.getAttribute('aria-label')).toBe(`${label}. ${UNKNOWN_HINT.text}`);
    expect(button?.getAttribute('title')).toBe(UNKNOWN_HINT.detail);
    expect(button?.textContent).toBe(`${label}${UNKNOWN_HINT.text}`);
    button?.click();
    await vi.waitFor(() => expect(types(sent)).toEqual(['mailbox/status', 'sidepanel/open']));
  });

  it('a status without a hint shows the label alone, with no tooltip', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail');
    startInbox(document, location, context().ctx, { send: fakeBackground('linked').send });
    await vi.waitFor(() => expect(chipHost()?.getAttribute('data-inboxlink-status')).toBe('linked'));
    const button = roots[0]?.querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe('Inboxlink: linked <b>anna@x.example</b>');
    expect(button?.hasAttribute('title')).toBe(false);
    expect(button?.querySelector('.hint')?.textContent).toBe('');
  });

  it('in-page navigation to the same mailbox sends nothing new; another mailbox is reported', async () => {
    const location = mailPage('https://outlook.office.com/mail/', 'Mail - Anna - Outlook', '<div id="mectrl_currentAccount_secondary">anna@x.example</div>');
    const { sent, send } = fakeBackground();
    const session = startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    session.locationChanged();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(types(sent)).toEqual(['mailbox/status']);
    setURL('https://outlook.office.com/mail/support@x.example/inbox');
    session.locationChanged();
    await vi.waitFor(() => expect(sent.at(-1)?.payload).toMatchObject({ address: 'support@x.example', seen: { value: { via: 'shared-mailbox-path' } } }));
    expect(document.querySelectorAll('inboxlink-chip')).toHaveLength(1);
  });

  it('a page without the address: no chip, one private drift report with a censored skeleton', async () => {
    const location = mailPage('https://mail.google.com/mail/u/0/', 'Gmail', '<div role="main" class="x"><p>Secret text anna@x.example</p></div>');
    const { sent, send } = fakeBackground();
    const session = startInbox(document, location, context().ctx, { send, waitMs: 50 });
    await vi.waitFor(() => expect(types(sent)).toEqual(['page/drift']));
    session.locationChanged();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(types(sent)).toEqual(['page/drift']);
    const drift = sent[0]?.payload as { page: string; missing: string[]; skeleton: string };
    expect(drift.page).toBe('mail.google.com:signed-in-address');
    expect(drift.missing).toEqual(['title', 'account-button', 'account-link-title']);
    expect(drift.skeleton).toContain('role="main"');
    expect(drift.skeleton).not.toContain('anna');
    expect(drift.skeleton).not.toContain('Secret');
    expect(chipHost()).toBeNull();
  });

  it('context invalidated (extension updated): stops quietly, removes the chip, sends nothing more', async () => {
    const location = mailPage('https://mail.google.com/mail/u/0/', 'Inbox - anna@x.example - Gmail');
    const { sent, send } = fakeBackground('linked', (type) => (type === 'mailbox/status' && sent.length > 1 ? new Error('Extension context invalidated.') : undefined));
    const { ctx, invalidate } = context();
    const debug = vi.spyOn(console, 'debug');
    const session = startInbox(document, location, ctx, { send, refreshAfterMs: 0 });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    invalidate();
    session.shown();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chipHost()).toBeNull();
    session.locationChanged();
    session.shown();
    expect(types(sent)).toEqual(['mailbox/status']);
    expect(debug).not.toHaveBeenCalled();
  });

  it('a failed status answer keeps the page untouched and says so only at debug level', async () => {
    const location = mailPage('https://mail.google.com/mail/u/0/', 'Inbox - anna@x.example - Gmail');
    const { send } = fakeBackground('linked', (type) => (type === 'mailbox/status' ? new Error('"mailbox/status" failed: store closed') : undefined));
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(debug).toHaveBeenCalledWith('[inboxlink] inbox status unavailable:', '"mailbox/status" failed: store closed'));
    expect(chipHost()).toBeNull();
  });

  it('an aborted context (a newer copy of the script started) removes the chip', async () => {
    const location = mailPage('https://mail.google.com/mail/u/0/', 'Inbox - anna@x.example - Gmail');
    const { send } = fakeBackground();
    const { ctx, abort } = context();
    startInbox(document, location, ctx, { send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    abort();
    expect(chipHost()).toBeNull();
  });
});
