import type { Browser, Page } from 'puppeteer';

/**
 * The tab that appeared after `before` was taken and now shows `url` (its own location.href, so a
 * tab counts in both browsers: Firefox over BiDi reports no URL for a tab an extension page opened,
 * nor for extension documents). Use: take `before`, click, then wait.
 */
export async function waitForNewTab(browser: Browser, before: ReadonlySet<Page>, url: string | ((href: string) => boolean), timeoutMs: number): Promise<Page> {
  const matches = typeof url === 'string' ? (href: string) => href === url : url;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      if (before.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (matches(href)) return page;
    }
    if (Date.now() > deadline) throw new Error(`no new tab at ${String(url)} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
