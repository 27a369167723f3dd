import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { chromiumArgs, chromiumExecutable } from '../e2e/harness/chromium-args';
import type { RunningSandbox } from '../e2e/harness/sandbox';

/** Where the floor extension's content script lives inside it. */
export const FLOOR_SCRIPT = 'floor.js';

/**
 * The least any inbox content script must do, as its own unpacked MV3 extension: reach the
 * extension runtime, ask the background one question, and add one element that carries
 * data-inboxlink-status. Measured with the same method as the real script, it is this browser's
 * floor on this machine for content.main-thread.ms (like idb.write-10k.raw-ms for IndexedDB).
 */
const files: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Inboxlink bench floor',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['https://mail.google.com/*'], js: [FLOOR_SCRIPT], run_at: 'document_idle' }],
  }),
  'background.js': `chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true, data: { status: 'linked' } }); });`,
  [FLOOR_SCRIPT]: `(() => {
  chrome.runtime.sendMessage({ type: 'mailbox/status', payload: { address: 'floor@bench.example' } }).then((reply) => {
    const host = document.createElement('inboxlink-chip');
    host.setAttribute('data-inboxlink-status', reply.data.status);
    document.documentElement.append(host);
  });
})();`,
};

export interface FloorBrowser {
  browser: Browser;
  scriptUrl: string;
  close(): Promise<void>;
}

/** Chromium with only the floor extension loaded, on the sandbox (the same flags as the e2e harness). */
export async function launchFloorBrowser(sandbox: RunningSandbox): Promise<FloorBrowser> {
  const extensionDir = await mkdtemp(path.join(os.tmpdir(), 'inboxlink-floor-ext-'));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'inboxlink-floor-profile-'));
  const cleanUp = () => Promise.all([extensionDir, userDataDir].map((dir) => rm(dir, { recursive: true, force: true })));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(extensionDir, name), text);
  const browser = await puppeteer.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: [extensionDir],
    args: chromiumArgs(sandbox),
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    defaultViewport: { width: 1280, height: 800 },
  });
  try {
    const worker = await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().endsWith('/background.js'), { timeout: 15_000 });
    const scriptUrl = `chrome-extension://${new URL(worker.url()).host}/${FLOOR_SCRIPT}`;
    return { browser, scriptUrl, close: async () => { await browser.close(); await cleanUp(); } };
  } catch (error) {
    await browser.close();
    await cleanUp();
    throw error;
  }
}
