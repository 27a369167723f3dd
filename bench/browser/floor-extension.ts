import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';

/** What marks a floor page as done: the same attribute the product's pages set on their status. */
export const FLOOR_DONE = '[data-inboxlink-status]';

/**
 * The least an extension can do for each figure measured against a floor, as its own unpacked MV3
 * extension installed beside the product in the SAME Chromium, so both are measured by the same
 * observer in the same browser at the same moment of the machine:
 * - background.js answers any message (worker.cold-start's floor: a worker answering one message);
 * - blank.html runs a module script that adds one element marked done (a page with nothing to
 *   read: sidepanel.first-render's floor);
 * - idb.html's script opens IndexedDB, reads one record and sets a status from it
 *   (popup.first-status's floor). Its record is written by seed.html, visited once beforehand.
 */
const files: Record<string, string> = {
  'manifest.json': JSON.stringify({ manifest_version: 3, name: 'Inboxlink bench floor', version: '1.0.0', background: { service_worker: 'background.js' } }),
  'background.js': `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true }); });`,
  'blank.html': page('blank.js'),
  'blank.js': `const main = document.createElement('main'); main.setAttribute('data-inboxlink-status', 'ready'); document.body.append(main);`,
  'idb.html': page('idb.js'),
  'idb.js': `const open = indexedDB.open('floor', 1);
open.onupgradeneeded = () => open.result.createObjectStore('meta');
open.onsuccess = () => {
  const read = open.result.transaction('meta').objectStore('meta').get('status');
  read.onsuccess = () => {
    const main = document.createElement('main');
    main.setAttribute('data-inboxlink-status', String(read.result ?? 'unknown'));
    document.body.append(main);
  };
};`,
  'seed.html': page('seed.js'),
  'seed.js': `const open = indexedDB.open('floor', 1);
open.onupgradeneeded = () => open.result.createObjectStore('meta');
open.onsuccess = () => {
  const tx = open.result.transaction('meta', 'readwrite');
  tx.objectStore('meta').put('linked', 'status');
  tx.oncomplete = () => document.body.setAttribute('data-seeded', 'yes');
};`,
};

function page(script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><script type="module" src="./${script}"></script></head><body></body></html>`;
}

export interface FloorExtension {
  id: string;
  url(file: 'blank.html' | 'idb.html' | 'seed.html'): string;
  remove(): Promise<void>;
}

/** Installs the floor extension into a running Chromium (launched with extensions enabled) and seeds its record. */
export async function installFloorExtension(browser: Browser): Promise<FloorExtension> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'inboxlink-floor-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const id = await browser.installExtension(dir);
  const url = (file: string) => `chrome-extension://${id}/${file}`;
  const seed = await browser.newPage();
  try {
    await seed.goto(url('seed.html'));
    await seed.waitForSelector('body[data-seeded="yes"]', { timeout: 15_000 });
  } finally {
    await seed.close();
  }
  return { id, url, remove: () => rm(dir, { recursive: true, force: true }) };
}
