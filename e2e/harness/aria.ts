import type { ElementHandle, Page } from 'puppeteer';

/** An element found by role and accessible name, as a screen reader (and the guide) sees it. */
export const byRole = (role: string, name: string) => `::-p-aria([name="${name.replace(/"/g, '\\"')}"][role="${role}"])`;

/**
 * Polls with `$` rather than `waitForSelector`: here (puppeteer 24, Debian Chromium, 2026-11)
 * waitForSelector with a name+role ARIA selector timed out on a disabled button that `$` with the
 * same selector finds at once.
 */
export async function findByRole(scope: Page | ElementHandle, role: string, name: string, timeoutMs = 10_000): Promise<ElementHandle> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await scope.$(byRole(role, name));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${role} named "${name}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Click something that makes the page reload (a confirmed action) and wait for the new page. */
export async function clickAndReload(page: Page, target: ElementHandle): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), target.click()]);
}
