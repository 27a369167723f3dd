import type { Page, WebWorker } from 'puppeteer';
import { readExtensionDb } from '../harness/extension-db';

/** The options page's local-data contract (components/options/ExportData.tsx, ClearData.tsx). */
export const localDataSelectors = {
  exportButton: '[data-testid="data-export"] button',
  exported: '[data-testid="data-exported"]',
  clearSection: '[data-testid="data-clear"]',
  cleared: '[data-testid="data-cleared"]',
} as const;

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
