import type { Page, WebWorker } from 'puppeteer';
import { attribute, chipLabelOf, findNode, withChipButton } from '../harness/chip-dom';
import { selectors } from '../harness/contract';
import { readRecord } from '../harness/extension-db';

/**
 * A Gmail or Outlook tab with the inbox content script: its chip (status and label inside a
 * closed shadow root, read through DevTools), its tab id, and whether anything ran injected markup.
 */

export interface ChipView {
  status: string;
  /** The visible label inside the closed shadow root. */
  label: string;
}

/** The chip as DevTools sees it now, or undefined while there is none. */
export async function chipNow(page: Page): Promise<ChipView | undefined> {
  return withChipButton(page, async ({ button }) => ({ status: attribute(button, 'data-status'), label: chipLabelOf(button) })).catch(() => undefined);
}

/** Waits until the chip shows (with `status`, when given: it may still show an older one), then reads it. */
export async function readChip(page: Page, timeoutMs = 15_000, status?: string): Promise<ChipView> {
  await page.waitForSelector(selectors.inboxChip, { timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const chip = await chipNow(page);
    if (chip && (status === undefined || chip.status === status)) return chip;
    if (Date.now() > deadline) throw new Error(`the chip shows ${JSON.stringify(chip)}, not ${status ?? 'a status'}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The widths of the chip's stacked labels (one per status) and of the grid cell holding them. */
export async function stackedLabelWidths(page: Page): Promise<{ cell: number; each: number[] }> {
  return withChipButton(page, async ({ button, session }) => {
    const labels = findNode(button, (node) => node.localName === 'span' && attribute(node, 'class') === 'l');
    if (!labels) throw new Error('the chip has no labels');
    const widthOf = async (backendNodeId: number) => ((await session.send('DOM.getBoxModel', { backendNodeId })) as { model: { width: number } }).model.width;
    const spans = (labels.children ?? []).filter((node) => node.localName === 'span');
    return { cell: await widthOf(labels.backendNodeId), each: await Promise.all(spans.map((span) => widthOf(span.backendNodeId))) };
  });
}

/** Number of chip hosts in the page (a replaced content script must not leave a second one). */
export function chipCount(page: Page): Promise<number> {
  return page.$$eval(selectors.inboxChip, (hosts) => hosts.length);
}

/**
 * The id of the newest tab whose content script reported `address`, from the background's own
 * record (storage.session `tab-mailbox:<id>`): without the "tabs" permission the extension
 * cannot query tabs by URL, and neither can a test running inside it.
 */
export async function tabIdOf(worker: WebWorker, address: string): Promise<number> {
  const id = await worker.evaluate(async (wanted: string) => {
    const session = (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
    const entries = Object.entries(await session.get(null));
    // A tab's record is its address, or { address, signedInAs } for a delegated or shared mailbox.
    const addressOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { address?: unknown }).address : value);
    const ids = entries.filter(([key, value]) => key.startsWith('tab-mailbox:') && addressOf(value) === wanted).map(([key]) => Number(key.slice('tab-mailbox:'.length)));
    return Math.max(-1, ...ids);
  }, address);
  if (id < 0) throw new Error(`no tab reported ${address}`);
  return id;
}

/** True if something in the page ran the scenario's injected markup. */
export async function injectedMarkupRan(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss !== undefined || document.querySelector('img[src="x"]') !== null);
}

export interface DriftReportView {
  page: string;
  host: string;
  missing: string[];
  skeleton: string;
  at: string;
}

/** The private drift reports the background kept (meta key driftReports), read in the worker. */
export async function readDriftReports(worker: WebWorker, database: string): Promise<DriftReportView[]> {
  return (await readRecord<DriftReportView[]>(worker, 'meta', 'driftReports', database)) ?? [];
}
