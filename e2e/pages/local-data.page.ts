import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer';
import { readExtensionDb } from '../harness/extension-db';

/** The options page's local-data contract (components/options/ExportData.tsx, ClearData.tsx). */
export const localDataSelectors = {
  exportButton: '[data-testid="data-export"] button',
  exported: '[data-testid="data-exported"]',
  clearSection: '[data-testid="data-clear"]',
  cleared: '[data-testid="data-cleared"]',
} as const;

/**
 * Lets Chromium save downloads without asking, into a fresh folder, and returns it: the export is
 * then read from disk exactly as the user would get it (CDP Browser.setDownloadBehavior).
 */
export async function saveDownloadsToTempDir(browser: Browser): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'inboxlink-downloads-'));
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
  return dir;
}

/** Waits until a finished file whose name starts with `prefix` is in `dir`; returns its text and name. */
export async function waitForDownload(dir: string, prefix: string, timeoutMs = 15_000): Promise<{ name: string; text: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = await readdir(dir);
    // Chromium writes to a .crdownload file and renames it when the download is complete.
    const name = names.find((candidate) => candidate.startsWith(prefix) && !candidate.endsWith('.crdownload'));
    if (name) return { name, text: await readFile(path.join(dir, name), 'utf8') };
    if (Date.now() > deadline) throw new Error(`no finished download starting with ${prefix} in ${dir} within ${timeoutMs} ms (found: ${names.join(', ') || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks "Clear local data", then the confirmation's "Yes, clear" (English labels). */
export async function clearLocalDataConfirmed(options: Page): Promise<void> {
  const section = localDataSelectors.clearSection;
  await (await options.waitForSelector(`${section} button::-p-text(Clear local data)`, { timeout: 15_000 }))?.click();
  await (await options.waitForSelector(`${section} button::-p-text(Yes, clear)`, { timeout: 15_000 }))?.click();
}

/** Every object store's record count and the meta keys, read inside the service worker. */
export async function readStoreCounts(worker: WebWorker): Promise<{ counts: Record<string, number>; metaKeys: string[] }> {
  const { results } = await readExtensionDb(worker, [{ store: '*', op: 'count' }, { store: 'meta', op: 'keys' }]);
  return { counts: results[0] as Record<string, number>, metaKeys: (results[1] as IDBValidKey[]).map(String) };
}
