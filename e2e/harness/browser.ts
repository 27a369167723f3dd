import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer';
import { saveScreenshot } from './artifacts';
import { chromiumArgs, chromiumExecutable } from './chromium-args';
import { chromeBuildDir, e2eArtifactsRoot } from './paths';
import type { RunningSandbox } from './sandbox';
import { TargetConsoles } from './target-console';
import { stopServiceWorkers, wakeServiceWorker } from './worker-control';

export type ExtensionPageName = 'popup' | 'sidepanel' | 'options';

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** A new tab at `url` (console errors collected from before the first load). */
  newPage(url: string): Promise<Page>;
  /** chrome-extension://ID/<name>.html[?query] as a tab. `query` may start with '?' or not. */
  openExtensionPage(name: ExtensionPageName, query?: string): Promise<Page>;
  /** The running background service worker, woken if Chromium had stopped it. */
  worker(): Promise<WebWorker>;
  /** Stops the background service worker (as Chromium does when idle or killed) and waits until it is gone. */
  stopWorker(): Promise<void>;
  /** Stops the service worker, wakes it again and returns the new instance. */
  restartWorker(): Promise<WebWorker>;
  /**
   * Closes Chromium and launches it again on the same profile with the same flags and extension,
   * as a user quitting and reopening the browser: IndexedDB and storage.local survive,
   * storage.session and every tab are gone. `whileClosed` runs in between (e.g. let a call that
   * was in flight land in the sandbox). `browser` then points at the new Chromium; pages and
   * workers of the old one are dead. Resolves once the extension's service worker runs again.
   */
  restartBrowser(opts?: { whileClosed?: () => Promise<void> }): Promise<void>;
  /**
   * console.error calls, uncaught errors and failed loads of a page from its first load: any tab
   * or side panel of this Chromium, opened by the harness or not (a click, the background).
   */
  consoleErrors(page: Page): string[];
  /** Full-page PNG into <artifactsDir>/<name>.png; returns the path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Where screenshots go (default .e2e-artifacts/session); the vitest fixture sets one per test. */
  artifactsDir: string;
  close(): Promise<void>;
}

export interface LaunchBrowserOptions {
  sandbox: RunningSandbox;
  /** Load the production build from .output/chrome-mv3 (default true). */
  extension?: boolean;
  /** Default true; `npm start` passes false when a display is available. */
  headless?: boolean;
  artifactsDir?: string;
}

const workerTimeoutMs = 15_000;
const stopRetryMs = 2_000;

export async function launchBrowser(opts: LaunchBrowserOptions): Promise<ExtensionBrowser> {
  const withExtension = opts.extension ?? true;
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'inboxlink-profile-'));
  let started: Started;
  try {
    started = await startChromium(opts, userDataDir, withExtension);
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  // Reassigned by restartBrowser: every function below reads the current Chromium.
  let browser = started.browser;
  const extensionId = started.extensionId;
  const isOurWorker = (target: Target): boolean => isWorker(target) && target.url().startsWith(`chrome-extension://${extensionId}/`);
  // Every page's console from its first load, whoever opened it (harness/target-console.ts).
  const errors = new TargetConsoles();
  errors.watch(browser);
  const artifactsDir = opts.artifactsDir ?? path.join(e2eArtifactsRoot, 'session');

  async function newPage(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async function worker(): Promise<WebWorker> {
    let target = browser.targets().find(isOurWorker);
    if (!target) {
      await wakeServiceWorker(browser, extensionId);
      target = await browser.waitForTarget(isOurWorker, { timeout: workerTimeoutMs });
    }
    const running = await target.worker();
    if (!running) throw new Error(`no worker behind ${target.url()}`);
    return running;
  }

  async function stopWorker(): Promise<void> {
    const deadline = Date.now() + workerTimeoutMs;
    // Right after Chromium's launch a close is sometimes not taken (the worker keeps running):
    // ask again every couple of seconds until it is gone.
    while (browser.targets().some(isOurWorker)) {
      await stopServiceWorkers(browser, extensionId);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${workerTimeoutMs} ms waiting for the service worker to stop`);
      await waitUntil(() => !browser.targets().some(isOurWorker), Math.min(stopRetryMs, left), 'the service worker to stop').catch(() => undefined);
    }
  }

  const api: ExtensionBrowser = {
    browser,
    extensionId,
    artifactsDir,
    newPage,
    openExtensionPage(name, query) {
      const search = query ? (query.startsWith('?') ? query : `?${query}`) : '';
      return newPage(`chrome-extension://${extensionId}/${name}.html${search}`);
    },
    worker,
    stopWorker,
    async restartWorker() {
      await stopWorker();
      return worker();
    },
    async restartBrowser(restart = {}) {
      // A graceful close, so Chromium flushes the profile (IndexedDB, prefs) as on a normal quit.
      await browser.close();
      await restart.whileClosed?.();
      const again = await startChromium(opts, userDataDir, withExtension);
      if (again.extensionId !== extensionId) {
        await again.browser.close().catch(() => undefined);
        throw new Error(`the extension came back as ${again.extensionId}, not ${extensionId}: its storage would not be the same`);
      }
      browser = again.browser;
      api.browser = browser;
      errors.watch(browser);
    },
    consoleErrors: (page) => errors.of(page),
    screenshot: (page, name) => saveScreenshot(page, api.artifactsDir, name),
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return api;
}

interface Started {
  browser: Browser;
  extensionId: string;
}

const isWorker = (target: Target): boolean => target.type() === 'service_worker' && target.url().endsWith('/background.js');

/**
 * One Chromium on `userDataDir` with the sandbox flags and, when asked, the production build;
 * resolves once the extension's service worker runs (its URL names the extension id). Closes
 * Chromium again if the worker never starts. Used for the first launch and for restartBrowser.
 */
async function startChromium(opts: LaunchBrowserOptions, userDataDir: string, withExtension: boolean): Promise<Started> {
  const browser = await puppeteer.launch({
    executablePath: chromiumExecutable(),
    headless: opts.headless ?? true,
    pipe: true,
    userDataDir,
    enableExtensions: withExtension ? [chromeBuildDir] : false,
    args: chromiumArgs(opts.sandbox),
    // Callers own shutdown (the sandbox must stop too): no handlers of puppeteer's own.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    defaultViewport: { width: 1280, height: 800 },
  });
  if (!withExtension) return { browser, extensionId: '' };
  const target = await browser.waitForTarget(isWorker, { timeout: workerTimeoutMs }).catch(async (error: unknown) => {
    await browser.close();
    throw new Error(`the extension's service worker did not start (is ${chromeBuildDir} built?): ${String(error)}`);
  });
  return { browser, extensionId: new URL(target.url()).host };
}

async function waitUntil(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
