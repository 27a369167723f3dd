import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AxePuppeteer } from '@axe-core/puppeteer';
import type { Page, WebWorker } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { mailPages, selectors, storeContract } from './harness/contract';
import { useExtensionBrowser } from './harness/fixture';
import { chromeBuildDir } from './harness/paths';

/**
 * The popup and the side panel in Chromium (components/README.md lists their selectors): the
 * popup for a Gmail tab (popup.html?tab=<id>), the reload hint when that tab's content script is
 * gone, the side panel's detail route, axe-core on each, and the toolbar badge.
 */
const ctx = useExtensionBrowser();
const uiTimeout = { timeout: 15_000 };
type Chrome = { chrome: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function gmailTab(): Promise<{ page: Page; tabId: number; address: string }> {
  const address = (await ctx.sandbox.state()).signedIn?.gmail;
  if (!address) throw new Error('the demo scenario signs a Gmail user in');
  const page = await ctx.eb.newPage(mailPages.gmail);
  await page.waitForSelector(selectors.inboxChip, uiTimeout);
  const worker = await ctx.eb.worker();
  // The tab the content script reported from (tab-mailboxes.ts keeps one key per tab).
  const tabId = await worker.evaluate(async (wanted: string) => {
    for (let i = 0; i < 50; i += 1) {
      const all = (await (globalThis as unknown as Chrome).chrome.storage.session.get(null)) as Record<string, unknown>;
      const key = Object.keys(all).find((k) => k.startsWith('tab-mailbox:') && all[k] === wanted);
      if (key) return Number(key.slice('tab-mailbox:'.length));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return -1;
  }, address.toLowerCase());
  if (tabId < 0) throw new Error('the Gmail tab never reported its mailbox');
  return { page, tabId, address: address.toLowerCase() };
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxePuppeteer(page).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Writes an observation as the background would, and tells every context the store changed. */
async function observe(worker: WebWorker, observation: object): Promise<void> {
  await worker.evaluate(async (database: string, record: object) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('observations', 'readwrite');
      tx.objectStore('observations').add(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    new BroadcastChannel('inboxlink-store').postMessage({ type: 'stores-changed', stores: ['observations'] });
  }, storeContract.database, observation);
}

describe('popup for a Gmail tab', () => {
  it('shows that mailbox with both sides and its status on the root, accessibly', async () => {
    const { page: gmail, tabId, address } = await gmailTab();
    const popup = await ctx.eb.openExtensionPage('popup', `tab=${tabId}`);
    await popup.waitForSelector(`${selectors.pageRoot('popup')}[data-inboxlink-status]`, uiTimeout);
    expect(await popup.$eval('[data-testid="popup-address"]', (el) => el.textContent)).toBe(address);
    expect(await popup.$('[data-testid="hubspot-side"]')).not.toBeNull();
    expect(await popup.$('[data-testid="provider-side"]')).not.toBeNull();
    expect(await popup.$eval('[data-testid="findings-count"]', (el) => el.getAttribute('data-count'))).toMatch(/^\d+$/);
    await ctx.eb.screenshot(popup, 'popup-tab');
    expect(await seriousViolations(popup)).toEqual([]);
    expect(ctx.eb.consoleErrors(popup)).toEqual([]);
    await Promise.all([popup.close(), gmail.close()]);
  });

  it('asks to reload a Gmail tab whose content script no longer reports (as after an update)', async ({ skip }) => {
    // The background tells a mail tab from any other by its URL, which Chromium shows only for
    // hosts in host_permissions (content-script matches do not count).
    const manifest = JSON.parse(await readFile(path.join(chromeBuildDir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
    if (!manifest.host_permissions?.includes('https://mail.google.com/*')) skip('mail hosts are not in host_permissions (wxt.config.ts)');
    const { page: gmail, tabId } = await gmailTab();
    const worker = await ctx.eb.worker();
    // An update empties storage.session and cuts the old script off; forgetting the key is the first half.
    await worker.evaluate((key: string) => (globalThis as unknown as Chrome).chrome.storage.session.remove(key), `tab-mailbox:${tabId}`);
    const popup = await ctx.eb.openExtensionPage('popup', `tab=${tabId}`);
    await popup.waitForSelector('[data-testid="popup-summary"]', uiTimeout);
    await ctx.eb.screenshot(popup, 'popup-reload-hint');
    expect(await popup.$('[data-testid="reload-tab"]'), 'reload hint (needs the tab URL visible to the extension)').not.toBeNull();
    await Promise.all([popup.close(), gmail.close()]);
  });
});

describe('side panel', () => {
  it('lists, filters and opens a mailbox detail; Back returns to the row; axe finds nothing serious', async () => {
    const { page: gmail, address } = await gmailTab();
    const panel = await ctx.eb.openExtensionPage('sidepanel');
    const row = await panel.waitForSelector(selectors.mailboxRow(address), uiTimeout);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.type('[data-testid="mailbox-search"]', address.slice(0, 4));
    await panel.waitForSelector(selectors.mailboxRow(address), uiTimeout);
    await row?.$eval('button', (button) => (button as HTMLButtonElement).focus());
    await panel.keyboard.press('Enter');
    const detail = await panel.waitForSelector(`[data-testid="mailbox-detail"][data-address="${address}"]`, uiTimeout);
    expect(await detail?.evaluate((el) => el.getAttribute('role'))).toBe('region');
    await ctx.eb.screenshot(panel, 'sidepanel-detail');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.keyboard.press('Escape');
    await panel.waitForSelector(selectors.mailboxRow(address), uiTimeout);
    // Focus moves in an effect after the row renders: wait for it rather than racing it.
    await panel.waitForFunction((a) => document.activeElement?.textContent === a, uiTimeout, address);
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe(address);
    expect(ctx.eb.consoleErrors(panel)).toEqual([]);
    await Promise.all([panel.close(), gmail.close()]);
  });
});

describe('toolbar badge', () => {
  it('counts the mailboxes needing attention and goes quiet again', async () => {
    const { page: gmail, address } = await gmailTab();
    const worker = await ctx.eb.worker();
    const badge = () => worker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}) as Promise<string>);
    const waitForBadge = async (text: string) => {
      for (let i = 0; i < 50 && (await badge()) !== text; i += 1) await new Promise((resolve) => setTimeout(resolve, 200));
      return badge();
    };
    const at = () => new Date().toISOString();
    await observe(worker, { kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: '/settings/1/user-preferences/email', value: { state: 'connected' }, observedAt: at() });
    await observe(worker, { kind: 'provider-grant', address, host: 'myaccount.google.com', path: '/connections', value: { present: false, app: 'HubSpot' }, observedAt: at() });
    expect(await waitForBadge('1')).toBe('1'); // connected in HubSpot, no grant: broken
    await observe(worker, { kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: '/settings/1/user-preferences/email', value: { state: 'removed' }, observedAt: at() });
    expect(await waitForBadge('')).toBe(''); // removed and no grant: not linked, nothing to do
    await gmail.close();
  });
});
