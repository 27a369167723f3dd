// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startInbox as start, type InboxSend, type InboxSession } from '../../lib/inbox/run-inbox';

type Sent = { type: string; payload: unknown };

// happy-dom lays nothing out: the window gets a size, as in a browser (the chip's edge spot needs one).
Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, get: () => 1024 });
Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, get: () => 768 });

/** Every session a test starts is stopped after it: a running one would put its chip back. */
const sessions: InboxSession[] = [];
const startInbox = (...args: Parameters<typeof start>) => {
  const session = start(...args);
  sessions.push(session);
  return session;
};

/** happy-dom's control object on its window (not in the DOM typings). */
const setURL = (href: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);

/** A mail page at `href` with `title`; the document is happy-dom's global one. */
function mailPage(href: string, title: string, body = '<main>mail</main>'): Location {
  setURL(href);
  document.title = title;
  document.body.innerHTML = body;
  return window.location as unknown as Location;
}

const GMAIL_BAR = (address: string) =>
  `<header role="banner"><div class="right"><a role="button" href="https://accounts.google.com/SignOutOptions?x" aria-label="Google Account: Anna&#10;  (${address})">A</a></div></header><div role="main">mail</div>`;
const UNKNOWN_HINT = { text: 'Open HubSpot’s Connected emails once', detail: 'HubSpot has no API for personal inboxes: open it once.' };
const LABELS = ['Link: linked', 'Link: broken', 'Link: half-unlinked', 'Link: not-linked', 'Link: unknown'];
const setup = (place = 'header') => ({
  place,
  labels: LABELS,
  text: { options: 'Move or hide', header: 'Header', right: 'Right', left: 'Left', hidden: 'Hide here', shown: 'Mailbox shown: x' },
});

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

function fakeBackground(status = 'linked', fail?: (type: string) => Error | undefined, place = 'header') {
  const sent: Sent[] = [];
  const send = (async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    const error = fail?.(type);
    if (error) throw error;
    if (type === 'mailbox/status') {
      const { address, signedInAs } = payload as { address: string; signedInAs?: string };
      const hint = status === 'unknown' ? { hint: UNKNOWN_HINT } : {};
      const beside = signedInAs ? { signedInAs: { address: signedInAs, status: 'not-linked', label: `Signed in as ${signedInAs}: Link: not-linked` } } : {};
      return { address, status, provider: 'google', kind: 'personal', checkedAt: null, label: `Link: ${status}`, ...hint, ...beside, chip: setup(place) };
    }
    return type === 'sidepanel/open' ? { opened: true } : type === 'chip/place' ? { saved: true } : { stored: true };
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
const statusButton = (root: ShadowRoot | undefined) => root?.querySelector<HTMLButtonElement>('button.s');

/**
 * After the status answer was applied: lets every step the placer takes before it waits for a
 * frame run (a macrotask runs only once all queued microtasks have). Not a guess at a duration.
 */
const placerDecided = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const session of sessions.splice(0)) session.stop();
  chipHost()?.remove();
});

describe('startInbox', () => {
  it('reports the address with its status question (one message) and shows the status in the chip, as text', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail', GMAIL_BAR('anna@x.example'));
    const { sent, send } = fakeBackground('half-unlinked');
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    expect(types(sent)).toEqual(['mailbox/status']);
    expect(sent[0]?.payload).toEqual({ address: 'anna@x.example', seen: { path: '/mail/u/0/', value: { provider: 'google', via: 'account-button' } } });
    const button = statusButton(roots[0]);
    expect(button?.getAttribute('data-status')).toBe('half-unlinked');
    expect(roots[0]?.querySelector('.l .on')?.textContent).toBe('Link: half-unlinked');
  });

  it('the chip’s element in the page says nothing of the status: closed root, no attribute but its place, every label stacked', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail', GMAIL_BAR('anna@x.example'));
    startInbox(document, location, context().ctx, { send: fakeBackground('broken').send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    const host = chipHost() as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual(['style']);
    expect(host.getAttribute('style')).not.toMatch(/broken|b3261e/);
    // All five labels are in the chip (its width is the longest's), one visible.
    expect([...(roots[0]?.querySelectorAll('.l > span') ?? [])].map((s) => s.textContent)).toEqual(LABELS);
    expect(roots[0]?.querySelectorAll('.l > .on')).toHaveLength(1);
  });

  it('an unknown inbox: the chip’s name and tooltip say how to fix it, and it still opens the side panel', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail');
    const { sent, send } = fakeBackground('unknown');
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    const button = statusButton(roots[0]);
    expect(button?.getAttribute('aria-label')).toBe(`Link: unknown. ${UNKNOWN_HINT.text}`);
    expect(button?.getAttribute('title')).toBe(UNKNOWN_HINT.detail);
    button?.click();
    await vi.waitFor(() => expect(types(sent)).toEqual(['mailbox/status', 'sidepanel/open']));
  });

  it('a status without a hint: the label is the name and the tooltip', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail');
    startInbox(document, location, context().ctx, { send: fakeBackground('linked').send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    const button = statusButton(roots[0]);
    expect(button?.getAttribute('aria-label')).toBe('Link: linked');
    expect(button?.getAttribute('title')).toBe('Link: linked');
  });

  it('moving and hiding from the ⋮ control: remembered through the background, hidden removes the chip', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail');
    const { sent, send } = fakeBackground();
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    const select = roots[0]?.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([['header', 'Header'], ['right', 'Right'], ['left', 'Left'], ['hidden', 'Hide here']]);
    expect(select.getAttribute('aria-label')).toBe('Move or hide');
    select.value = 'left';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ type: 'chip/place', payload: { place: 'left' } }));
    expect(chipHost()).not.toBeNull();
    select.value = 'hidden';
    select.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ type: 'chip/place', payload: { place: 'hidden' } }));
    expect(chipHost()).toBeNull();
  });

  it('a chip hidden on this host stays hidden, while the address is still reported', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail');
    const { sent, send } = fakeBackground('linked', undefined, 'hidden');
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(types(sent)).toEqual(['mailbox/status']));
    // The answer was applied (the chip shows its status, off the page), and the placer has decided:
    // a place other than hidden puts the host into the page before it waits for any frame.
    await vi.waitFor(() => expect(roots[0]?.querySelector('.l .on')?.textContent).toBe('Link: linked'));
    await placerDecided();
    expect(chipHost()).toBeNull();
  });

  it('a delegated mailbox: both addresses reported, the account beside it shown in the chip too', async () => {
    const roots = catchShadowRoots();
    const location = mailPage('https://mail.google.com/mail/b/7/u/0/#inbox', 'Inbox - sales@x.example - Gmail', GMAIL_BAR('anna@x.example'));
    const { sent, send } = fakeBackground();
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    expect(sent[0]?.payload).toMatchObject({ address: 'sales@x.example', signedInAs: 'anna@x.example', seen: { value: { via: 'title' } } });
    const beside = roots[0]?.querySelectorAll('button')[1];
    expect(beside?.hidden).toBe(false);
    expect(beside?.getAttribute('data-status')).toBe('not-linked');
    expect(beside?.getAttribute('aria-label')).toBe('Signed in as anna@x.example: Link: not-linked');
    expect(statusButton(roots[0])?.getAttribute('aria-label')).toBe('Link: linked. Mailbox shown: x');
  });

  it('in-page navigation to the same mailbox sends nothing new; a shared mailbox the page goes on to show is reported', async () => {
    const launcher = '<a id="O365_AppName" href="https://outlook.office.com/mail/?login_hint=anna%40x.example">Outlook</a>';
    const location = mailPage('https://outlook.office.com/mail/', 'Mail - Anna - Outlook', `${launcher}<div role="tree"><div role="treeitem" title="anna@x.example">anna@x.example</div></div>`);
    const { sent, send } = fakeBackground();
    const session = startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    session.locationChanged();
    // An in-page navigation re-renders the page: the session re-reads it without being told.
    setURL('https://outlook.office.com/mail/support@x.example/inbox');
    document.querySelector('[role="treeitem"]')?.setAttribute('title', 'support@x.example');
    await vi.waitFor(() =>
      expect(sent.at(-1)?.payload).toMatchObject({ address: 'support@x.example', signedInAs: 'anna@x.example', seen: { value: { via: 'shared-mailbox-path' } } }),
    );
    // The report of the mailbox the page went on to show came after anything the first
    // navigation could have sent: exactly one report per mailbox, none repeated for anna.
    expect(types(sent)).toEqual(['mailbox/status', 'mailbox/status']);
    expect(document.querySelectorAll('inboxlink-chip')).toHaveLength(1);
  });

  it('a page without the address: no chip, one private drift report with a censored skeleton', async () => {
    // Fake timers: the page's wait (waitMs) runs out when the test says, not when a loaded machine lets it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const location = mailPage('https://mail.google.com/mail/u/0/', 'Gmail', '<div role="main" class="x"><p>Secret text anna@x.example</p></div>');
    const { sent, send } = fakeBackground();
    const session = startInbox(document, location, context().ctx, { send, waitMs: 50 });
    await vi.advanceTimersByTimeAsync(49);
    expect(types(sent)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(types(sent)).toEqual(['page/drift']);
    // Looked for again, and the wait ran out again (and well beyond): still the one report.
    session.locationChanged();
    await vi.advanceTimersByTimeAsync(50 * 10);
    expect(types(sent)).toEqual(['page/drift']);
    const drift = sent[0]?.payload as { page: string; missing: string[]; skeleton: string; outcome: string };
    expect(drift.page).toBe('mail.google.com:signed-in-address');
    expect(drift.missing).toEqual(['account-button', 'account-link-title', 'title']);
    expect(drift.outcome).toBe('unreadable');
    expect(drift.skeleton).toContain('role="main"');
    expect(drift.skeleton).not.toContain('anna');
    expect(drift.skeleton).not.toContain('Secret');
    expect(chipHost()).toBeNull();
  });

  it('a popout (no account on the page by design): says so at once, no drift skeleton', async () => {
    const location = mailPage('https://outlook.office.com/mail/deeplink/compose', 'Untitled - Message (HTML)', '<div role="main"><p>From: anna@x.example</p></div>');
    const { sent, send } = fakeBackground();
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(types(sent)).toEqual(['page/drift']));
    expect(sent[0]?.payload).toMatchObject({ outcome: 'anchorless', skeleton: '' });
    expect(chipHost()).toBeNull();
  });

  it('a layout that changes after load is re-read: a vanished account button is a private drift report, the chip stays', async () => {
    const location = mailPage('https://mail.google.com/mail/u/0/#inbox', 'Inbox - anna@x.example - Gmail', GMAIL_BAR('anna@x.example'));
    const { sent, send } = fakeBackground();
    startInbox(document, location, context().ctx, { send });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    document.querySelector('header')?.remove();
    await vi.waitFor(() => expect(types(sent)).toEqual(['mailbox/status', 'page/drift']), { timeout: 3_000 });
    expect(sent[1]?.payload).toMatchObject({ missing: ['account-button'], outcome: 'partial' });
    expect(chipHost()).not.toBeNull();
  });

  it('context invalidated (extension updated): stops quietly, removes the chip, sends nothing more', async () => {
    const location = mailPage('https://mail.google.com/mail/u/0/', 'Inbox - anna@x.example - Gmail');
    const { sent, send } = fakeBackground('linked', (type) => (type === 'mailbox/status' && sent.length > 1 ? new Error('Extension context invalidated.') : undefined));
    const { ctx, invalidate } = context();
    const debug = vi.spyOn(console, 'debug');
    const session = startInbox(document, location, ctx, { send, refreshAfterMs: 0 });
    await vi.waitFor(() => expect(chipHost()).not.toBeNull());
    invalidate();
    // shown() is where the session notices: it stops at once (nothing waits on a timer first).
    session.shown();
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
