import type { Browser } from 'puppeteer';

/**
 * Stops the extension's service worker the way Chromium does when it is idle or killed: closing
 * its DevTools target terminates the worker (puppeteer's WebWorker.close sends Target.closeTarget).
 * State held in worker globals is lost; IndexedDB and storage survive — exactly what resume tests need.
 */
export async function stopServiceWorkers(browser: Browser, extensionId: string): Promise<void> {
  const prefix = `chrome-extension://${extensionId}/`;
  for (const target of browser.targets()) {
    if (target.type() !== 'service_worker' || !target.url().startsWith(prefix)) continue;
    const worker = await target.worker();
    await worker?.close();
  }
}

/**
 * Starts the stopped service worker without side effects in the product: no extension page runs,
 * no message is sent. The CDP ServiceWorker domain exists only on page sessions, so we open a
 * throw-away tab in the extension's origin (its manifest, which runs no code) and ask it there.
 */
export async function wakeServiceWorker(browser: Browser, extensionId: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    const session = await page.createCDPSession();
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` });
    await session.detach();
  } finally {
    await page.close();
  }
}
