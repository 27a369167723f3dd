import type { Page } from 'puppeteer';

const settleMs = 5_000;

/**
 * Waits until an extension page has rendered (its #app has content) and nothing in it says it is
 * still loading (`aria-busy="true"`), so the first click lands where the test aimed: sections
 * that fill in after the first paint move what is below them (a click meant for the options
 * page's "Sign in with Google" once landed on the token field above it). Bounded and quiet: a page
 * may stay busy on purpose (a test of its loading state); then the test proceeds as before.
 */
export async function pageSettled(page: Page, name: string): Promise<void> {
  const settled = await page
    .waitForFunction(
      () => {
        const app = document.getElementById('app');
        return !app || (app.childElementCount > 0 && !app.querySelector('[aria-busy="true"]'));
      },
      { timeout: settleMs, polling: 100 },
    )
    .then(() => true, () => false);
  if (!settled) console.warn(`[e2e] ${name}.html still busy after ${settleMs} ms; the test goes on`);
}
