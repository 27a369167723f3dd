import type { Page } from 'puppeteer';
import type { ExtensionSession } from '../harness/session';
import type { Scenario } from '../harness/sandbox';
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
} as const;

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

/** Sends a protocol message from an extension page, as the UIs do; resolves with the reply. */
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
