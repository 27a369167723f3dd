import type { Page, WebWorker } from 'puppeteer';
import { attribute, chipLabelOf, withChipButton } from '../harness/chip-dom';
import { writeExtensionDb } from '../harness/extension-db';

/**
 * Whether a view's text fits its width, measured by Chromium's layout (happy-dom has none): the
 * page never scrolls sideways, no element sticks out of the viewport, and no box clips the text
 * it holds (its content wider than the box, where the box does not scroll on purpose).
 */

export const NARROW = { width: 360, height: 720 } as const;

/** Every overflow on the page, each named by its element and the start of its text. */
export function overflowsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element): string => {
      const testId = el.getAttribute('data-testid');
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `${el.tagName.toLowerCase()}${testId ? `[${testId}]` : ''} “${text}”`;
    };
    // Text kept for screen readers only (clipped to a pixel on purpose) is not shown, so cannot overflow.
    const forScreenReaders = (el: Element): boolean => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
      }
      return false;
    };
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('dialog:not([open])') || forScreenReaders(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 1 || box.left < -1) problems.push(`${name(el)} sticks out (${Math.round(box.left)}…${Math.round(box.right)} of ${width})`);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !scrolls) {
        problems.push(`${name(el)} is wider than its box (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return problems;
  });
}

export interface ChipBox {
  status: string;
  label: string;
  left: number;
  right: number;
  viewport: number;
  /** The button's content width against its box: more means clipped text. */
  scrollWidth: number;
  clientWidth: number;
}

/** The chip's button as laid out (inside its closed shadow root, reached through DevTools). */
export async function chipBox(page: Page): Promise<ChipBox> {
  // The host says nothing of the status to the page (issue 18): status and the shown label are read
  // on the button inside the closed shadow root, through DevTools, as the rep's eyes see them.
  return withChipButton(page, async ({ button, session }) => {
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: button.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const box = this.getBoundingClientRect();
        return JSON.stringify({ left: box.left, right: box.right, viewport: document.documentElement.clientWidth, scrollWidth: this.scrollWidth, clientWidth: this.clientWidth });
      }`,
      returnByValue: true,
    })) as { result: { value: string } };
    return { status: attribute(button, 'data-status'), label: chipLabelOf(button), ...(JSON.parse(result.value) as Omit<ChipBox, 'status' | 'label'>) };
  });
}

/** What the background would store from HubSpot's Connected emails page and a provider's app page, newest last. */
export async function observeMailbox(worker: WebWorker, address: string, crm: 'connected' | 'disabled' | 'removed', grantPresent: boolean): Promise<void> {
  const at = new Date().toISOString();
  await writeExtensionDb(worker, [
    { store: 'observations', op: 'add', value: { kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: '/settings/4480123/user-preferences/email', value: { state: crm }, observedAt: at } },
    { store: 'observations', op: 'add', value: { kind: 'provider-grant', address, host: 'myaccount.google.com', path: '/connections', value: { present: grantPresent, app: 'HubSpot', provider: 'google' }, observedAt: at } },
  ]);
  // Written behind the background's back: the store's change event that its own write would send.
  await worker.evaluate(() => new BroadcastChannel('inboxlink-store').postMessage({ type: 'stores-changed', stores: ['observations'] }));
}
