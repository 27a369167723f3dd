// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReader, PageSnapshot } from '../../lib/guide/page-readers';
import { runObservers, type DriftReport } from '../../lib/guide/run-observers';
import { demoWorld, sandboxDocument } from './sandbox-pages';

const EMAILS = 'https://app.hubspot.com/settings/4480123/user-preferences/email';
const controllers: AbortController[] = [];
afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  vi.useRealTimers();
});

const DEBOUNCE_MS = 20;
/**
 * Fake timers for a negative check: "nothing more happened" is then checked after the debounce
 * (and more) has passed on a clock the test moves, not after a guess at how long a loaded machine
 * takes. Installed after the page is loaded.
 */
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function start(doc: Document, opts: { href?: string; readers?: readonly PageReader[]; driftAfterMs?: number; sendSnapshot?: (s: PageSnapshot) => Promise<unknown> } = {}) {
  const controller = new AbortController();
  controllers.push(controller);
  const location = { href: opts.href ?? EMAILS };
  const state = { valid: true };
  const snapshots: PageSnapshot[] = [];
  const drifts: DriftReport[] = [];
  const observers = runObservers(doc, location, { get isValid() { return state.valid; }, signal: controller.signal }, {
    sendSnapshot: opts.sendSnapshot ?? (async (s) => snapshots.push(s)),
    sendDrift: async (d) => drifts.push(d),
    readers: opts.readers,
    debounceMs: DEBOUNCE_MS,
    driftAfterMs: opts.driftAfterMs ?? 5_000,
  });
  return { observers, location, state, snapshots, drifts, controller };
}

const states = (s: PageSnapshot | undefined) => s?.items.map((i) => `${i.address}=${String(i.value.state)}`);

describe('runObservers', () => {
  it('sends on load, not again for changes that do not change the reading, again when it changes', async () => {
    const doc = await sandboxDocument(demoWorld('en'), EMAILS);
    fakeClock();
    const { snapshots } = start(doc);
    expect(states(snapshots[0])).toEqual(['katrin.sommer@nordlicht.example=connected']);

    doc.querySelector('h1')?.append(' ');
    doc.body.append(doc.createElement('div'));
    await pass(DEBOUNCE_MS * 10);
    expect(snapshots).toHaveLength(1);

    const row = doc.querySelector('tbody tr');
    row?.setAttribute('aria-disabled', 'true');
    await vi.waitFor(() => expect(snapshots).toHaveLength(2));
    expect(states(snapshots[1])).toEqual(['katrin.sommer@nordlicht.example=disabled']);

    row?.remove();
    await vi.waitFor(() => expect(snapshots).toHaveLength(3));
    expect(snapshots[2]?.items).toEqual([]);
  });

  it('debounces a burst of mutations into one reading', async () => {
    const doc = await sandboxDocument(demoWorld('en'), EMAILS);
    const read = vi.fn(() => undefined);
    fakeClock();
    start(doc, { readers: [{ id: 'test', hosts: ['app.hubspot.com'], matches: () => true, read }] });
    expect(read).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) doc.body.append(doc.createElement('span'));
    await pass(DEBOUNCE_MS - 1);
    expect(read).toHaveBeenCalledTimes(1);
    await pass(DEBOUNCE_MS * 10);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('still reads a page that never stops changing', async () => {
    const doc = await sandboxDocument(demoWorld('en'), EMAILS);
    const read = vi.fn(() => undefined);
    // Fake timers: a loaded machine must not decide how often the ticker fires.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
    try {
      start(doc, { readers: [{ id: 'test', hosts: ['app.hubspot.com'], matches: () => true, read }] });
      // Debounced at 20 ms, a change every 5 ms would starve it; the cap reads every ~100 ms.
      for (let elapsed = 0; elapsed < 300; elapsed += 5) {
        doc.body.append(doc.createElement('i'));
        await vi.advanceTimersByTimeAsync(5);
      }
    } finally {
      vi.useRealTimers();
    }
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('a reader that throws costs one drift report per page load, never an exception', async () => {
    const doc = await sandboxDocument(demoWorld('en'), EMAILS);
    const read = vi.fn(() => { throw new TypeError('x is undefined'); });
    const broken: PageReader = { id: 'broken', hosts: ['app.hubspot.com'], matches: () => true, read };
    fakeClock();
    const { drifts, snapshots } = start(doc, { readers: [broken] });
    for (let i = 0; i < 3; i++) {
      doc.body.append(doc.createElement('p'));
      await pass(DEBOUNCE_MS * 2);
    }
    // Read (and thrown) on load and after each change: three more chances to report again.
    expect(read).toHaveBeenCalledTimes(4);
    expect(snapshots).toEqual([]);
    expect(drifts).toHaveLength(1);
    expect(drifts[0]).toMatchObject({ page: 'app.hubspot.com:broken', missing: ['threw TypeError'] });
    expect(drifts[0]?.skeleton).not.toContain('katrin');
  });

  it('a page that stays unreadable is reported as drift once, after a while', async () => {
    const doc = await sandboxDocument(demoWorld('en'), EMAILS);
    doc.querySelector('[role="tab"]')?.replaceChildren('Renamed tab');
    const { drifts, snapshots } = start(doc, { driftAfterMs: 60 });
    expect(drifts).toEqual([]);
    await vi.waitFor(() => expect(drifts).toHaveLength(1));
    expect(drifts[0]).toMatchObject({ page: 'app.hubspot.com:hubspot:connected-emails', missing: ['readable page'] });
    expect(snapshots).toEqual([]);
  });

  it('reads afresh after in-page navigation; ignores pages it has no reader for', async () => {
    const world = demoWorld('en');
    const doc = await sandboxDocument(world, EMAILS);
    const { observers, location, snapshots } = start(doc);
    expect(snapshots).toHaveLength(1);
    fakeClock();
    location.href = 'https://app.hubspot.com/settings/4480123/users';
    observers.locationChanged();
    await pass(DEBOUNCE_MS * 10);
    expect(snapshots).toHaveLength(1);
    location.href = EMAILS;
    observers.locationChanged();
    await vi.waitFor(() => expect(snapshots).toHaveLength(2));
  });

  it('stops quietly once the extension context is gone', async () => {
    const doc = await sandboxDocument(demoWorld('en'), EMAILS);
    const failing = vi.fn(async () => { throw new Error('Extension context invalidated.'); });
    fakeClock();
    const { state } = start(doc, { sendSnapshot: failing });
    state.valid = false;
    doc.querySelector('tbody tr')?.setAttribute('aria-disabled', 'true');
    await pass(DEBOUNCE_MS * 10);
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
