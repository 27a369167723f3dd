import type { Page } from 'puppeteer';
import type { ExtensionSession } from '../harness/session';
import type { RunningSandbox, Scenario } from '../harness/sandbox';
import { authSelectors, submitHubSpotToken } from './auth-options.page';
import { readSyncMeta } from './sync-store.page';

/**
 * Driving the sync the way a user does (options page to connect, "Sync now", side panel to
 * watch) plus the one thing a user cannot do quickly: wait for a pass to end, watched in IndexedDB.
 */

/** The side panel's sync contract (components/shared/SyncStatusLine.tsx). */
export const syncSelectors = {
  status: '[data-testid="sync-status"]',
  statusIn: (state: string) => `[data-testid="sync-status"][data-state="${state}"]`,
  progress: '[data-testid="sync-progress"]',
  /** The side panel's "Sync now" (components/sidepanel/SidePanelApp.tsx), enabled once HubSpot is connected. */
  syncNow: '[data-testid="sync-now"]:not([disabled])',
} as const;

/**
 * The side panel (sidepanel.html), kept open by a test to click "Sync now" as a user does. Opening
 * it asks for a sync if the data is older than five minutes (sync/if-stale): open it before the
 * data goes stale (before a reset), so the passes a test watches are the ones its clicks start.
 */
export async function openSyncPanel(eb: ExtensionSession): Promise<Page> {
  const panel = await eb.openExtensionPage('sidepanel');
  await panel.waitForSelector(syncSelectors.status, { timeout: 15_000 });
  return panel;
}

/** Polls until `done` holds, within a bound (a signal a test waits for, never a sleep). */
export async function waitUntil(done: () => Promise<boolean>, what: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A request of a sync pass: HubSpot's lists, not the account check another client may send. */
const isSyncRequest = (entry: { host: string; path: string }) => entry.host === 'api.hubapi.com' && !entry.path.startsWith('/account-info/');

/**
 * Clicks the panel's "Sync now" and proves the click started a pass: a list request reached the
 * sandbox after the click (a pass already running is replaced by the click's, which reads HubSpot
 * again). A click that starts nothing asks for nothing, and the test fails here instead of reading
 * an old pass's end. Returns the request log's seq just before the click.
 */
export async function clickSyncNow(panel: Page, sandbox: RunningSandbox, timeoutMs = 30_000): Promise<number> {
  const mark = await sandbox.lastSeq();
  await panel.bringToFront();
  await (await panel.waitForSelector(syncSelectors.syncNow, { timeout: 15_000 }))?.click();
  const deadline = Date.now() + timeoutMs;
  while (!(await sandbox.requests(mark)).some(isSyncRequest)) {
    if (Date.now() > deadline) throw new Error(`"Sync now" started no pass: no HubSpot list request within ${timeoutMs} ms of the click`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return mark;
}

/**
 * Connects HubSpot with the scenario's first unexpired token through the options page's form, as
 * a user does; the background then starts the first sync by itself. Resolves once the page shows
 * the connection; throws with what the page says when the connect fails.
 */
export async function connectHubSpot(eb: ExtensionSession, scenario: Scenario): Promise<void> {
  const token = scenario.tokens?.hubspot?.find((candidate) => !candidate.expiresAt);
  if (!token) throw new Error('the scenario has no unexpired HubSpot token');
  const options = await eb.openExtensionPage('options');
  try {
    await submitHubSpotToken(options, token.token);
    // A successful connect empties the field (it may already show "connected" from before).
    await options
      .waitForFunction((selector: string) => (document.querySelector(selector) as HTMLInputElement | null)?.value === '', { timeout: 30_000 }, authSelectors.hubspotToken)
      .catch(async (error: unknown) => {
        const text = await options.$eval('main', (main) => main.textContent ?? '').catch(() => '');
        throw new Error(`options page: connecting HubSpot did not succeed; the page says: ${text.slice(0, 500)}`, { cause: error });
      });
    await options.waitForSelector(authSelectors.hubspotConnected, { timeout: 15_000 });
  } finally {
    await options.close();
  }
}

/**
 * Sends a protocol message from an extension page as the UIs do; resolves with the reply. For
 * what no button does (a setting a test needs); plans and syncs start by clicking, as a user does.
 */
export async function sendToBackground(page: Page, type: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    (messageType, messagePayload) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
      return runtime.sendMessage({ type: messageType, payload: messagePayload });
    },
    type,
    payload as Record<string, unknown>,
  );
}

type SyncStatusView = NonNullable<Awaited<ReturnType<typeof readSyncMeta>>['status']>;

/**
 * Waits until a pass has ended: a status that is not `running`, no lease held and, with `since`,
 * a status written after that time (so the previous pass's status does not count). Reads
 * IndexedDB through the worker, waking it if it was stopped.
 */
export async function waitForSyncEnd(eb: ExtensionSession, options: { since?: string; timeoutMs?: number } = {}): Promise<SyncStatusView> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  let last: Awaited<ReturnType<typeof readSyncMeta>> = {};
  while (Date.now() < deadline) {
    last = await readSyncMeta(await eb.worker());
    const fresh = options.since === undefined || (last.status?.updatedAt ?? '') > options.since;
    if (last.status && fresh && last.status.state !== 'running' && !last.lease) return last.status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the sync did not end within ${timeoutMs} ms; last status ${JSON.stringify(last)}`);
}

/**
 * Opens the side panel page and waits until it shows `state`; screenshots it into the test's
 * artifacts as `sidepanel-<state>`. Throws with what the panel shows instead.
 */
export async function expectPanelState(eb: ExtensionSession, state: string): Promise<void> {
  const panel = await eb.openExtensionPage('sidepanel');
  try {
    await panel.waitForSelector(syncSelectors.statusIn(state), { timeout: 15_000 }).catch(async (error: unknown) => {
      const shown = await panel.$eval(syncSelectors.status, (element) => element.getAttribute('data-state')).catch(() => '(no sync-status element)');
      throw new Error(`side panel: expected sync-status data-state="${state}", it shows ${String(shown)}`, { cause: error });
    });
    await panel.bringToFront();
    await eb.screenshot(panel, `sidepanel-${state}`);
  } finally {
    await panel.close();
  }
}

/** While a pass runs: the side panel says `running` and shows per-resource progress; screenshot `sidepanel-running`. */
export async function expectPanelRunning(eb: ExtensionSession): Promise<void> {
  const panel = await eb.openExtensionPage('sidepanel');
  try {
    await panel.waitForSelector(syncSelectors.statusIn('running'), { timeout: 15_000 });
    await panel.waitForSelector(syncSelectors.progress, { timeout: 15_000 });
    await panel.bringToFront();
    await eb.screenshot(panel, 'sidepanel-running');
  } finally {
    await panel.close();
  }
}
