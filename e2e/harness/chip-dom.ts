import type { CDPSession, Page } from 'puppeteer';

/**
 * The inbox chip's button lives in a closed shadow root, out of reach of selectors and of
 * `page.evaluate` (and of the mail page's scripts). DevTools' DOM domain (with `pierce`) sees into
 * it: these helpers find the chip host and its button there, for tests that read what the chip
 * shows (its status is the button's data-status, inside the root) or click it like a user.
 */
export interface CdpNode {
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  /** name, value, name, value, … */
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** Depth-first search through children and shadow roots. */
export function findNode(node: CdpNode, match: (node: CdpNode) => boolean): CdpNode | undefined {
  if (match(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

export function attribute(node: CdpNode | undefined, name: string): string {
  const pairs = node?.attributes ?? [];
  const at = pairs.findIndex((value, index) => index % 2 === 0 && value === name);
  return at < 0 ? '' : (pairs[at + 1] ?? '');
}

/** The node's own text (its text children), not its descendants'. */
export function ownText(node: CdpNode | undefined): string {
  return (node?.children ?? []).filter((child) => child.nodeType === 3).map((child) => child.nodeValue ?? '').join('');
}

/** All text below a node (its own and its descendants'). */
export function allText(node: CdpNode | undefined): string {
  if (!node) return '';
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(allText).join('');
}

/** The chip's visible label: the one of its stacked labels that shows. */
export function chipLabelOf(button: CdpNode): string {
  const on = findNode(button, (node) => node.localName === 'span' && attribute(node, 'class') === 'on');
  return allText(on);
}

/**
 * Runs `use` with the chip host and its status button (the first, `.s`) as DevTools sees them
 * now; throws without a button.
 */
export async function withChipButton<T>(page: Page, use: (chip: { host: CdpNode; button: CdpNode; session: CDPSession }) => Promise<T>): Promise<T> {
  const session = await page.createCDPSession();
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (node) => node.localName === 'inboxlink-chip');
    const button = host && findNode(host, (node) => node !== host && node.localName === 'button' && attribute(node, 'class') === 's');
    if (!host || !button) throw new Error('the chip has no button');
    return await use({ host, button, session });
  } finally {
    await session.detach();
  }
}
