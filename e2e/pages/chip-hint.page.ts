import type { Page, WebWorker } from 'puppeteer';
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

interface CdpNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, match: (node: CdpNode) => boolean): CdpNode | undefined {
  if (match(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

const attribute = (node: CdpNode | undefined, name: string): string => {
  const pairs = node?.attributes ?? [];
  const at = pairs.findIndex((value, index) => index % 2 === 0 && value === name);
  return at < 0 ? '' : (pairs[at + 1] ?? '');
};
const ownText = (node: CdpNode | undefined): string =>
  (node?.children ?? []).filter((child) => child.nodeType === 3).map((child) => child.nodeValue ?? '').join('');

/** Waits until the chip shows `status` (it may still show an older one), then reads its button. */
export async function readChipButton(page: Page, status: string, timeoutMs = 15_000): Promise<ChipButtonView> {
  await page.waitForSelector(`${selectors.inboxChip}[data-inboxlink-status="${status}"]`, { timeout: timeoutMs });
  const session = await page.createCDPSession();
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (node) => node.localName === 'inboxlink-chip');
    const button = host && findNode(host, (node) => node !== host && node.localName === 'button');
    if (!button) throw new Error('the chip has no button');
    const hintLine = findNode(button, (node) => node.localName === 'span' && attribute(node, 'class') === 'hint');
    return {
      status: attribute(host, 'data-inboxlink-status'),
      label: ownText(button),
      hint: ownText(hintLine),
      name: attribute(button, 'aria-label'),
      tooltip: attribute(button, 'title'),
    };
  } finally {
    await session.detach();
  }
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
