import type { Page, WebWorker } from 'puppeteer';
import { ownText, withChipButton } from '../harness/chip-dom';
import { selectors } from '../harness/contract';

/**
 * A Gmail or Outlook tab with the inbox content script: its chip (status on the host element,
 * label inside a closed shadow root), its tab id, and whether anything ran injected markup.
 */

export interface ChipView {
  status: string;
  /** The button's text inside the closed shadow root (read through DevTools, which sees it). */
  label: string;
}

/** Waits until the chip shows, then reads it. */
export async function readChip(page: Page, timeoutMs = 15_000): Promise<ChipView> {
  const host = await page.waitForSelector(selectors.inboxChip, { timeout: timeoutMs });
  const status = await host?.evaluate((el) => el.getAttribute('data-inboxlink-status'));
  return { status: status ?? '', label: await chipLabel(page) };
}

/** Number of chip hosts in the page (a replaced content script must not leave a second one). */
export function chipCount(page: Page): Promise<number> {
  return page.$$eval(selectors.inboxChip, (hosts) => hosts.length);
}

async function chipLabel(page: Page): Promise<string> {
  return withChipButton(page, async ({ button }) => ownText(button));
}

/**
 * The id of the newest tab whose content script reported `address`, from the background's own
 * record (storage.session `tab-mailbox:<id>`): without the "tabs" permission the extension
 * cannot query tabs by URL, and neither can a test running inside it.
 */
export async function tabIdOf(worker: WebWorker, address: string): Promise<number> {
  const id = await worker.evaluate(async (wanted: string) => {
    const session = (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
    const entries = Object.entries(await session.get(null));
    const ids = entries.filter(([key, value]) => key.startsWith('tab-mailbox:') && value === wanted).map(([key]) => Number(key.slice('tab-mailbox:'.length)));
    return Math.max(-1, ...ids);
  }, address);
  if (id < 0) throw new Error(`no tab reported ${address}`);
  return id;
}

/** True if something in the page ran the scenario's injected markup. */
export async function injectedMarkupRan(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss !== undefined || document.querySelector('img[src="x"]') !== null);
}

export interface DriftReportView {
  page: string;
  host: string;
  missing: string[];
  skeleton: string;
  at: string;
}

/** The private drift reports the background kept (meta key driftReports), read in the worker. */
export async function readDriftReports(worker: WebWorker, database: string): Promise<DriftReportView[]> {
  return worker.evaluate(async (name: string) => {
    if (!(await indexedDB.databases()).some((info) => info.name === name)) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('meta')) return [];
      return await new Promise<DriftReportView[]>((resolve, reject) => {
        const request = db.transaction('meta', 'readonly').objectStore('meta').get('driftReports');
        request.onsuccess = () => resolve((request.result as DriftReportView[] | undefined) ?? []);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, database) as Promise<DriftReportView[]>;
}
