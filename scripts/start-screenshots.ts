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
export async function takeDemoScreenshots(eb: ExtensionBrowser, demo: { planAddress?: string } = {}): Promise<DemoReport> {
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
    if (surface.name === 'sidepanel') {
      // The list once it shows mailboxes: which statuses the demo reached, in words.
      await page.waitForSelector('[data-testid="mailbox-row"]', { timeout: 10_000 }).catch(() => undefined);
      const statuses = await page.$$eval('[data-testid="mailbox-row"]', (rows) => rows.map((row) => row.getAttribute('data-inboxlink-status') ?? ''));
      const counts = [...new Set(statuses)].map((status) => `${statuses.filter((s) => s === status).length} ${status}`);
      lines.push(`  side panel lists ${statuses.length} mailbox(es): ${counts.join(', ') || 'none'}`);
      for (const wanted of ['linked', 'broken', 'half-unlinked']) {
        if (!statuses.includes(wanted)) {
          ok = false;
          lines.push(`  ✘ no ${wanted} mailbox in the side panel`);
        }
      }
    }
    await page.setViewport({ width: surface.width, height: surface.height });
    const rendered = await page.waitForSelector(selectors.pageRoot(surface.name), { timeout: 10_000 }).then(Boolean, () => false);
    const errors = eb.consoleErrors(page);
    if (!rendered || errors.length > 0) ok = false;
    lines.push(`  ${rendered ? '' : '✘ '}${surface.name}: ${rendered ? 'rendered' : 'root element missing'}${describeErrors(errors)}`);
    lines.push(`    ${relative(await eb.screenshot(page, surface.name))}`);
    await closeQuietly(page);
  }
  if (demo.planAddress) {
    const plan = await eb.openExtensionPage('sidepanel', `mailbox=${encodeURIComponent(demo.planAddress)}`);
    await plan.setViewport({ width: 420, height: 900 });
    const running = await plan.waitForSelector('[data-testid="plan"][data-status="running"]', { timeout: 10_000 }).then(Boolean, () => false);
    if (!running) ok = false;
    lines.push(`  ${running ? '' : '✘ '}side panel plan for ${demo.planAddress}: ${running ? 'in progress' : 'not shown running'}`);
    lines.push(`    ${relative(await eb.screenshot(plan, 'sidepanel-plan'))}`);
    await closeQuietly(plan);
  }
  const welcome = await eb.openExtensionPage('welcome');
  await welcome.waitForSelector(selectors.pageRoot('welcome'), { timeout: 10_000 }).catch(() => undefined);
  lines.push(`  welcome page\n    ${relative(await eb.screenshot(welcome, 'welcome'))}`);
  await closeQuietly(welcome);
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
