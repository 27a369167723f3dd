import type { Page, WebWorker } from 'puppeteer';
import { attribute, findNode, ownText, withChipButton } from '../harness/chip-dom';
import { selectors, storeContract } from '../harness/contract';
import { readDriftReports, type DriftReportView } from './mail-tab.page';

/**
 * What the inbox chip says beyond its status, and the private drift report of a page it could
 * not read. The chip's button lives in a closed shadow root: DevTools (DOM with `pierce`) reads
 * it as a person's assistive technology would, without the page's scripts being able to.
 */

export interface ChipButtonView {
  status: string;
  /** The button's own text (the status label). */
  label: string;
  /** The visible hint line under the label ('' when there is none). */
  hint: string;
  /** aria-label: the button's accessible name. */
  name: string;
  /** title: the tooltip, also the accessible description ('' when there is none). */
  tooltip: string;
}

/** Waits until the chip shows `status` (it may still show an older one), then reads its button. */
export async function readChipButton(page: Page, status: string, timeoutMs = 15_000): Promise<ChipButtonView> {
  await page.waitForSelector(`${selectors.inboxChip}[data-inboxlink-status="${status}"]`, { timeout: timeoutMs });
  return withChipButton(page, async ({ host, button }) => {
    const hintLine = findNode(button, (node) => node.localName === 'span' && attribute(node, 'class') === 'hint');
    return {
      status: attribute(host, 'data-inboxlink-status'),
      label: ownText(button),
      hint: ownText(hintLine),
      name: attribute(button, 'aria-label'),
      tooltip: attribute(button, 'title'),
    };
  });
}

/** Waits for the background to keep a drift report from `host` made at or after `since`. */
export async function waitForDriftReport(worker: () => Promise<WebWorker>, host: string, since: string, timeoutMs = 30_000): Promise<DriftReportView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const report = (await readDriftReports(await worker(), storeContract.database)).find((r) => r.host === host && r.at >= since);
    if (report) return report;
    if (Date.now() > deadline) throw new Error(`no drift report from ${host} since ${since}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
