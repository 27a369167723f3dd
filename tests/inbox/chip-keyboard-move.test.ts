// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startInbox, type InboxSend, type InboxSession } from '../../lib/inbox/run-inbox';

/**
 * The chip moved from the keyboard: ↓ on its ⋮ control picks the next place, and the chip moves
 * there with the focus staying on that control all the way, so a second ↓ pressed at once (while
 * the chip waits for the page's next frame between two places) moves it one place further. Before,
 * the move took the chip out of the page's header and the focus with it until the chip was placed:
 * the second key went to the page and was lost.
 */

// happy-dom lays nothing out: the window gets a size, the header row its account control and the
// chip boxes side by side (so the chip fits in the header), everything else no box (no obstacle).
Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, get: () => 1024 });
Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, get: () => 768 });
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) }) as DOMRect;
const original = Element.prototype.getBoundingClientRect;

const sessions: InboxSession[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const session of sessions.splice(0)) session.stop();
  document.querySelector('inboxlink-chip')?.remove();
});

function chipSetup(place: string) {
  return {
    place,
    labels: ['Link: linked'],
    text: { options: 'Move or hide', header: 'Header', right: 'Right', left: 'Left', hidden: 'Hide here', shown: 'Mailbox shown: x' },
  };
}

/** The chip's closed shadow root, caught as it is attached. */
function catchShadowRoot(): () => ShadowRoot | undefined {
  let caught: ShadowRoot | undefined;
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    caught = attach.call(this, init);
    return caught;
  });
  return () => caught;
}

/**
 * ↓ as the browser gives it: to the focused element only. On a closed `<select>` it picks the next
 * option and fires `change`; with nothing focused in the chip the key reaches the page (lost to
 * the chip). A control whose chip is `visibility: hidden` cannot hold the focus (browsers blur it).
 */
function pressDown(root: ShadowRoot, host: Element): boolean {
  const focused = root.activeElement;
  if (!(focused instanceof HTMLSelectElement) || !host.isConnected || getComputedStyle(host).visibility === 'hidden') return false;
  focused.selectedIndex = Math.min(focused.selectedIndex + 1, focused.options.length - 1);
  focused.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/**
 * A browser drops the focus of an element taken out of the document, also when it is only moved
 * (removed, then inserted elsewhere); happy-dom keeps it. Each DOM call that moves or removes the
 * connected chip first blurs whatever is focused inside it, as a browser would.
 */
function dropFocusOnMove(root: () => ShadowRoot | undefined): void {
  const blurIfChip = (node: unknown) => {
    if (node instanceof Element && node.localName === 'inboxlink-chip' && node.isConnected) (root()?.activeElement as HTMLElement | null)?.blur();
  };
  type Method = (this: unknown, ...args: unknown[]) => unknown;
  const around = (proto: object, name: string, moved: (self: unknown, args: unknown[]) => unknown[]) => {
    const methods = proto as Record<string, Method>;
    const real = methods[name]!;
    vi.spyOn(methods, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
      moved(this, args).forEach(blurIfChip);
      return real.apply(this, args);
    });
  };
  around(Node.prototype, 'insertBefore', (_self, args) => [args[0]]);
  around(Node.prototype, 'appendChild', (_self, args) => [args[0]]);
  around(Element.prototype, 'append', (_self, args) => args);
  around(Element.prototype, 'remove', (self) => [self]);
}

/** The chip is shown: not being measured (unseen, opacity 0) for a place it tries. */
const shown = (host: Element) => getComputedStyle(host).opacity !== '0' && getComputedStyle(host).visibility !== 'hidden';

/** Lets the microtasks queued so far run (a key press is a task of its own: they run before it). */
const betweenTasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('moving the chip from the keyboard', () => {
  it('two ↓ pressed at once move it two places (header → right → left), the focus on its ⋮ control throughout', async () => {
    const rootOf = catchShadowRoot();
    dropFocusOnMove(rootOf);
    history.replaceState(null, '', '/mail/u/0/#inbox');
    document.title = 'Inbox - anna@x.example - Gmail';
    document.body.innerHTML = `<header role="banner"><div class="right" style="display: flex"><a role="button" href="https://accounts.google.com/SignOutOptions?x" aria-label="Google Account: Anna&#10;  (anna@x.example)">A</a></div></header><div role="main">mail</div>`;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      if (this.localName === 'inboxlink-chip') {
        const host = this as HTMLElement;
        return host.style.position === 'fixed' ? rect(parseFloat(host.style.left), parseFloat(host.style.top), 40, 24) : rect(850, 8, 40, 24);
      }
      if (this.className === 'c') return rect(0, 0, 40, 24);
      if (this.getAttribute('role') === 'button') return rect(900, 8, 32, 32);
      return original.call(this);
    });
    const sent: { type: string; payload: unknown }[] = [];
    const send = (async (type: string, payload: unknown) => {
      sent.push({ type, payload });
      if (type === 'mailbox/status') return { address: 'anna@x.example', status: 'linked', provider: 'google', kind: 'personal', checkedAt: null, label: 'Link: linked', chip: chipSetup('header') };
      return type === 'chip/place' ? { saved: true } : { stored: true };
    }) as InboxSend;
    const location = Object.assign(new URL('https://mail.google.com/mail/u/0/#inbox'), { ancestorOrigins: [] }) as unknown as Location;
    const ctx = { isValid: true, signal: new AbortController().signal };
    sessions.push(startInbox(document, location, ctx, { send }));

    // Placed in the header, beside the account button.
    await vi.waitFor(() => expect(document.querySelector('inboxlink-chip')?.parentElement?.className).toBe('right'));
    const host = document.querySelector<HTMLElement>('inboxlink-chip')!;
    const root = rootOf()!;
    const select = root.querySelector('select')!;
    await vi.waitFor(() => expect(shown(host)).toBe(true));
    select.focus();
    expect(root.activeElement).toBe(select);

    expect(pressDown(root, host)).toBe(true);
    await betweenTasks();
    // The chip is on its way to the right edge (out of the header, not placed yet): the focus stays.
    expect(host.parentElement).toBe(document.documentElement);
    expect(root.activeElement).toBe(select);
    expect(pressDown(root, host)).toBe(true);

    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'chip/place').map((m) => m.payload)).toEqual([{ place: 'right' }, { place: 'left' }]));
    expect(select.value).toBe('left');
    // Placed (shown again) at the left edge, with no older try left to move it elsewhere.
    await vi.waitFor(() => expect(shown(host)).toBe(true));
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.style.position).toBe('fixed');
    expect(parseFloat(host.style.left)).toBeLessThan(10);
    expect(root.activeElement).toBe(select);
  });
});
