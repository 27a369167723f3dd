import type { Page, WebWorker } from 'puppeteer';
import type { ExtensionBrowser } from '../harness/browser';
import { withChipButton } from '../harness/chip-dom';

/**
 * The inbox chip as a user clicks it, and what the background did with that click. The chip's
 * button lives in a closed shadow root, out of reach of selectors: DevTools (DOM with `pierce`)
 * finds it, and a trusted mouse click at its centre is the user gesture the side panel needs.
 */

/** Clicks the chip's button (inside the chip host's closed shadow root) with the mouse. */
export async function clickChip(page: Page): Promise<void> {
  await withChipButton(page, async ({ button, session }) => {
    await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  });
}

export interface PanelOpenCall {
  target: { tabId?: number; windowId?: number };
  /** 'ok', or the error Chromium gave. */
  outcome: string;
}

type WorkerGlobals = {
  chrome: { sidePanel: { open(target: object): Promise<void> } };
  __panelOpenCalls?: PanelOpenCall[];
};

/**
 * Records the background's calls to chrome.sidePanel.open and how each ended, still calling
 * Chromium's own. Test instrumentation in the worker's global (gone with the worker), the same
 * object the extension's `browser` is in Chrome: the extension itself stays unchanged.
 */
export async function recordPanelOpens(worker: WebWorker): Promise<void> {
  await worker.evaluate(() => {
    const scope = globalThis as unknown as WorkerGlobals;
    if (scope.__panelOpenCalls) return;
    const calls: PanelOpenCall[] = [];
    scope.__panelOpenCalls = calls;
    const original = scope.chrome.sidePanel.open.bind(scope.chrome.sidePanel);
    scope.chrome.sidePanel.open = async (target: object) => {
      const call: PanelOpenCall = { target: target as PanelOpenCall['target'], outcome: 'pending' };
      calls.push(call);
      try {
        await original(target);
        call.outcome = 'ok';
      } catch (error) {
        call.outcome = error instanceof Error ? error.message : String(error);
        throw error;
      }
    };
  });
}

/** The recorded calls, once one has ended (or whatever was recorded when the time is up). */
export async function panelOpenCalls(worker: WebWorker, timeoutMs = 10_000): Promise<PanelOpenCall[]> {
  const read = () => worker.evaluate(() => (globalThis as unknown as WorkerGlobals).__panelOpenCalls ?? []);
  const deadline = Date.now() + timeoutMs;
  let calls = await read();
  while (!calls.some((call) => call.outcome !== 'pending') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    calls = await read();
  }
  return calls;
}

/** Every tab's mailbox as the background recorded it (storage.session `tab-mailbox:<id>`). */
export async function tabMailboxes(worker: WebWorker): Promise<Array<{ tabId: number; address: string }>> {
  return worker.evaluate(async () => {
    const session = (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
    return Object.entries(await session.get(null))
      .filter((entry): entry is [string, string] => entry[0].startsWith('tab-mailbox:') && typeof entry[1] === 'string')
      .map(([key, address]) => ({ tabId: Number(key.slice('tab-mailbox:'.length)), address }));
  });
}

/**
 * The side panel that `action` (a user's click) opened, as a page: Chromium renders it as a target
 * of its own (headless too, in the Chromium we test with). Fails when none opens: a test that
 * claims the click lands on the panel must never read a sidepanel.html it opened itself.
 *
 * It must be a new target, and really a panel: `tabs.getCurrent()` has no tab inside a side panel,
 * while sidepanel.html opened as a tab (as other tests read it) has one.
 */
export async function sidePanelOpenedBy(eb: ExtensionBrowser, action: () => Promise<void>, timeoutMs = 15_000): Promise<Page> {
  const url = `chrome-extension://${eb.extensionId}/sidepanel.html`;
  const before = new Set(eb.browser.targets());
  await action();
  const target = await eb.browser
    .waitForTarget((t) => !before.has(t) && t.url().startsWith(url), { timeout: timeoutMs })
    .catch((error: unknown) => {
      throw new Error(`the side panel did not open within ${timeoutMs} ms of the click`, { cause: error });
    });
  // Puppeteer makes no Page of a panel's target by itself (it is not a tab): ask for one.
  const page = (await target.page()) ?? (await target.asPage());
  const tab = await page.evaluate(async () => (await (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<unknown> } } }).chrome.tabs.getCurrent()) ?? null);
  if (tab !== null) throw new Error(`${page.url()} opened as a tab, not as the side panel`);
  return page;
}
