import path from 'node:path';
import type { Page } from 'puppeteer';
import type { ExtensionBrowser, ExtensionPageName } from '../e2e/harness/browser';
import { mailPages, selectors } from '../e2e/harness/contract';
import { readChip } from '../e2e/pages/mail-tab.page';

export interface DemoReport {
  ok: boolean;
  lines: string[];
}

/** Sizes close to how Chromium shows each surface, so the screenshots look like the real thing. */
const surfaces: { name: ExtensionPageName; width: number; height: number }[] = [
  { name: 'popup', width: 400, height: 600 },
  { name: 'sidepanel', width: 420, height: 800 },
  { name: 'options', width: 1024, height: 768 },
];

/**
 * Headless `npm start`: Gmail with the extension's chip, then each extension page opened as a tab.
 * Every screenshot is taken even when something is missing, and each problem is reported.
 */
export async function takeDemoScreenshots(eb: ExtensionBrowser): Promise<DemoReport> {
  const chipSelector = selectors.inboxChip;
  const lines: string[] = [];
  let ok = true;

  const gmail = await eb.newPage(mailPages.gmail);
  // The chip's host says nothing of the status: it is read inside its closed root through DevTools.
  const chip = await readChip(gmail, 15_000).catch(() => null);
  const status = chip?.status;
  if (chip) lines.push(`  Gmail: the extension's chip is there (status "${status}")`);
  else {
    ok = false;
    lines.push(`  ✘ Gmail: no ${chipSelector} element after 15 s — the inbox content script did not run`);
  }
  lines.push(`    ${relative(await eb.screenshot(gmail, 'gmail'))}`);

  for (const surface of surfaces) {
    const page = await eb.openExtensionPage(surface.name);
    await page.setViewport({ width: surface.width, height: surface.height });
    const rendered = await page.waitForSelector(selectors.pageRoot(surface.name), { timeout: 10_000 }).then(Boolean, () => false);
    const errors = eb.consoleErrors(page);
    if (!rendered || errors.length > 0) ok = false;
    lines.push(`  ${rendered ? '' : '✘ '}${surface.name}: ${rendered ? 'rendered' : 'root element missing'}${describeErrors(errors)}`);
    lines.push(`    ${relative(await eb.screenshot(page, surface.name))}`);
    await closeQuietly(page);
  }
  return { ok, lines };
}

function describeErrors(errors: string[]): string {
  return errors.length === 0 ? '' : `, ${errors.length} console error(s):\n      ${errors.join('\n      ')}`;
}

async function closeQuietly(page: Page): Promise<void> {
  await page.close().catch(() => undefined);
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
