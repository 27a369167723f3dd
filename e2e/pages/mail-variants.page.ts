import type { Page, WebWorker } from 'puppeteer';
import type { ExtensionRealm } from '../harness/session';
import type { Scenario } from '../../sandbox/core/scenario';
import { readRecord, writeExtensionDb } from '../harness/extension-db';

/**
 * The sandbox's Gmail and Outlook variants (scenario mailPages) and what the extension made of a
 * page: each tab's record in storage.session (its mailbox, the account beside it, or that the page
 * could not be read) and the mailbox records in IndexedDB, read inside the service worker.
 */

export interface TabRecord {
  tabId: number;
  address?: string;
  signedInAs?: string;
  unreadable?: boolean;
}

/** A copy of `base` with these mail pages and who is signed in. */
export function withMailPages(base: Scenario, mailPages: Scenario['mailPages'], signedIn: Partial<NonNullable<Scenario['signedIn']>> = {}): Scenario {
  const world = structuredClone(base);
  world.mailPages = mailPages;
  world.signedIn = { ...world.signedIn, ...signedIn };
  return world;
}

export async function tabRecords(worker: ExtensionRealm): Promise<TabRecord[]> {
  return worker.evaluate(async () => {
    const session = (globalThis as unknown as { chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
    return Object.entries(await session.get(null))
      .filter(([key]) => key.startsWith('tab-mailbox:'))
      .map(([key, value]) => {
        const tabId = Number(key.slice('tab-mailbox:'.length));
        if (typeof value === 'string') return { tabId, address: value };
        return { tabId, ...(value as object) };
      });
  }) as Promise<TabRecord[]>;
}

/** Waits for the one tab record a test's single open mail tab leaves, then returns it. */
export async function waitForTabRecord(worker: () => Promise<ExtensionRealm>, timeoutMs = 20_000): Promise<TabRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const records = await tabRecords(await worker());
    if (records.length > 1) throw new Error(`more than one mail tab reported: ${JSON.stringify(records)}`);
    if (records[0]) return records[0];
    if (Date.now() > deadline) throw new Error('no mail tab reported a mailbox or an unreadable page');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One record of the extension's IndexedDB (harness/extension-db.ts), read or deleted. */
async function storeRecord(worker: WebWorker, store: string, key: string, remove = false): Promise<unknown> {
  if (remove) return writeExtensionDb(worker, [{ store, op: 'delete', key }]);
  return readRecord(worker, store, key);
}

/** The stored mailbox record of `address`, if any. */
export async function mailboxRecord(worker: WebWorker, address: string): Promise<{ provider: string } | undefined> {
  return (await storeRecord(worker, 'mailboxes', address)) as { provider: string } | undefined;
}

/** Whether Outlook's account flyout was ever opened on this page (rendered, or its control expanded). */
export function accountMenuOpened(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const control = document.querySelector('#owa-me-control-container button, #mectrl_main_trigger, #meInitialsButton');
    const flyout = document.getElementById('mectrl_main_body');
    return control?.getAttribute('aria-expanded') === 'true' || (flyout !== null && !flyout.hidden);
  });
}

/** Waits until the background has stored `place` for the chip on `host` (the chip's change reaches it by a message). */
export async function waitForChipPlace(worker: () => Promise<WebWorker>, host: string, place: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const places = (await storeRecord(await worker(), 'meta', 'chipPlaces')) as Record<string, string> | undefined;
    if (places?.[host] === place) return;
    if (Date.now() > deadline) throw new Error(`the chip's place on ${host} is ${JSON.stringify(places?.[host])}, not ${place}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Forgets where the rep put the chip on every host (the extension's meta record), as on a fresh profile. */
export async function resetChipPlaces(worker: WebWorker): Promise<void> {
  await storeRecord(worker, 'meta', 'chipPlaces', true);
}

interface AxNode {
  name?: string;
  focused?: boolean;
  children?: AxNode[];
}

/** The accessible name of the element that has the keyboard focus (shadow roots included). */
export async function focusedName(page: Page): Promise<string | undefined> {
  const find = (node: AxNode | null | undefined): AxNode | undefined => {
    if (!node) return undefined;
    if (node.focused) return node;
    for (const child of node.children ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  return find((await page.accessibility.snapshot({ interestingOnly: false })) as AxNode | null)?.name;
}
