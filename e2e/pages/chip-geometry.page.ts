import type { CDPSession, Page, Protocol } from 'puppeteer';
import { selectors } from '../harness/contract';
import { findNode, type CdpNode } from '../harness/chip-dom';

/**
 * The geometric check of the chip against the page, by Chromium's own account rather than the
 * extension's: what takes a click is what DOMSnapshot calls clickable (click listeners, links) or
 * styles with a pointer cursor; what takes focus is what the accessibility tree calls focusable.
 * What the chip covers is what hit-testing finds under it, every 2 px across its box (so a
 * control clipped out of sight, e.g. a row scrolled under the header, does not count; one that
 * shows does, however small).
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Covered {
  /** tag#id.class[aria-label] of the page's element under the chip. */
  what: string;
}

export interface ChipCover {
  chip: Box;
  /** The chip's visible part (its shadow content), which must lie inside the box the page sees. */
  content: Box;
  covered: Covered[];
}

/** Backend node ids of everything the page offers to a click or to focus. */
async function interactiveNodes(session: CDPSession): Promise<Set<number>> {
  const snapshot = (await session.send('DOMSnapshot.captureSnapshot', { computedStyles: ['cursor'] })) as Protocol.DOMSnapshot.CaptureSnapshotResponse;
  const ids = new Set<number>();
  for (const doc of snapshot.documents) {
    const backend = doc.nodes.backendNodeId ?? [];
    for (const index of doc.nodes.isClickable?.index ?? []) ids.add(backend[index] ?? -1);
    doc.layout.nodeIndex.forEach((nodeIndex, k) => {
      const style = doc.layout.styles[k]?.[0];
      if (style !== undefined && snapshot.strings[style] === 'pointer') ids.add(backend[nodeIndex] ?? -1);
    });
  }
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as Protocol.Accessibility.GetFullAXTreeResponse;
  for (const node of nodes) {
    const focusable = node.properties?.some((p) => p.name === 'focusable' && p.value.value === true);
    if (focusable && node.backendDOMNodeId !== undefined) ids.add(node.backendDOMNodeId);
  }
  return ids;
}

async function contentBox(session: CDPSession): Promise<Box> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = findNode(root, (node) => node.localName === 'inboxlink-chip');
  const chip = host && findNode(host, (node) => node.localName === 'div');
  if (!chip) throw new Error('the chip has no content');
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: chip.backendNodeId })) as Protocol.DOM.GetBoxModelResponse;
  const xs = model.border.filter((_, i) => i % 2 === 0);
  const ys = model.border.filter((_, i) => i % 2 === 1);
  return { left: Math.min(...xs), top: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/**
 * The chip's box, its content's box, and every clickable or focusable element of the page under
 * it. `selector` measures another element the same way (a probe that proves the check can fail).
 */
export async function chipCover(page: Page, selector: string = selectors.inboxChip): Promise<ChipCover> {
  const host = await page.$(selector);
  if (!host) throw new Error(`no ${selector} on the page`);
  const chip = (await host.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  })) as Box;
  if (chip.width <= 0 || chip.height <= 0) throw new Error(`the chip is not shown: ${JSON.stringify(chip)}`);
  const session = await page.createCDPSession();
  try {
    const interactive = await interactiveNodes(session);
    // Hit-testing in the page, in this session, so the elements found can be named to DevTools.
    const { result } = (await session.send('Runtime.evaluate', {
      expression: `(() => {
        const self = document.querySelector(${JSON.stringify(selector)});
        const r = self.getBoundingClientRect();
        const found = new Set();
        for (let x = r.left; x <= r.right - 1; x += 2) {
          for (let y = r.top; y <= r.bottom - 1; y += 2) {
            for (const el of document.elementsFromPoint(x + 0.5, y + 0.5)) if (el !== self) found.add(el);
          }
        }
        return [...found].filter((el) => el !== document.documentElement && el !== document.body);
      })()`,
    })) as Protocol.Runtime.EvaluateResponse;
    const { result: items } = (await session.send('Runtime.getProperties', { objectId: result.objectId ?? '', ownProperties: true })) as Protocol.Runtime.GetPropertiesResponse;
    const covered: Covered[] = [];
    for (const item of items) {
      const objectId = item.value?.subtype === 'node' ? item.value.objectId : undefined;
      if (!objectId) continue;
      const { node } = (await session.send('DOM.describeNode', { objectId })) as Protocol.DOM.DescribeNodeResponse;
      if (!interactive.has(node.backendNodeId)) continue;
      const { result: what } = (await session.send('Runtime.callFunctionOn', {
        objectId,
        returnByValue: true,
        functionDeclaration: `function () { return this.localName + (this.id ? '#' + this.id : '') + (this.className ? '.' + String(this.className).trim().replace(/\\s+/g, '.') : '') + '[' + (this.getAttribute('aria-label') ?? (this.textContent ?? '').trim().slice(0, 30)) + ']'; }`,
      })) as Protocol.Runtime.CallFunctionOnResponse;
      covered.push({ what: String(what.value) });
    }
    return { chip, content: selector === selectors.inboxChip ? await contentBox(session) : chip, covered };
  } finally {
    await session.detach();
  }
}

/** True when `inner` lies inside `outer` (to the pixel). */
export function inside(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.left + inner.width <= outer.left + outer.width + 1 && inner.top + inner.height <= outer.top + outer.height + 1;
}
