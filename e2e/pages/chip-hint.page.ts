import type { Page, WebWorker } from 'puppeteer';
import { attribute, chipLabelOf, withChipButton } from '../harness/chip-dom';
import { storeContract } from '../harness/contract';
import { readChip, readDriftReports, type DriftReportView } from './mail-tab.page';

/**
 * What the inbox chip says beyond its status, and the private drift report of a page it could
 * not read. The chip's button lives in a closed shadow root: DevTools (DOM with `pierce`) reads
 * it as a person's assistive technology would, without the page's scripts being able to.
 */

export interface ChipButtonView {
  status: string;
  /** The visible status label. */
  label: string;
  /** aria-label: the button's accessible name (the label, then how to fix it when there is a hint). */
  name: string;
  /** title: the tooltip, also the accessible description (the hint's fuller sentence, else the label). */
  tooltip: string;
}

/** Waits until the chip shows `status` (it may still show an older one), then reads its button. */
export async function readChipButton(page: Page, status: string, timeoutMs = 15_000): Promise<ChipButtonView> {
  await readChip(page, timeoutMs, status);
  return withChipButton(page, async ({ button }) => ({
    status: attribute(button, 'data-status'),
    label: chipLabelOf(button),
    name: attribute(button, 'aria-label'),
    tooltip: attribute(button, 'title'),
  }));
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
