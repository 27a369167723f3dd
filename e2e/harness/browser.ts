import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer';
import { saveScreenshot } from './artifacts';
import { chromiumArgs, chromiumExecutable } from './chromium-args';
import { chromiumWithPolicy, extensionIdOfBuild } from './chromium-policy';
import { chromeBuildDir, e2eArtifactsRoot } from './paths';
import type { RunningSandbox } from './sandbox';
import type { ExtensionSession } from './session';
import { TargetConsoles } from './target-console';
import { pageSettled } from './page-settled';
import { stopServiceWorkers, wakeServiceWorker } from './worker-control';

export type { ExtensionPageName, ExtensionRealm, ExtensionSession } from './session';

/** The extension in Chromium: a session plus control over its service worker and the browser's life. */
export interface ExtensionBrowser extends ExtensionSession {
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
}

export interface LaunchBrowserOptions {
  sandbox: RunningSandbox;
  /** Load the production build from .output/chrome-mv3 (default true). */
  extension?: boolean;
  /** Default true; `npm start` passes false when a display is available. */
  headless?: boolean;
  artifactsDir?: string;
  /**
   * A policy for the extension, as IT sets it: Chromium then reads it from a real policy file
   * (harness/chromium-policy.ts) and hands it to the extension as storage.managed.
   */
  policy?: Record<string, unknown>;
  /** The browser's language (--lang, and LANGUAGE for Chromium's Linux locale), e.g. 'de'. */
  locale?: string;
  /** Load the extension from here instead of .output/chrome-mv3 (an update test swaps its files). */
  extensionDir?: string;
  /**
   * A fresh install opens the welcome page by itself, a moment after the worker starts, and takes
   * the focus from whatever tab a test opened meanwhile. By default the harness waits for that tab
   * and closes it; the first-run test keeps it.
   */
  keepWelcome?: boolean;
}

const workerTimeoutMs = 15_000;
const stopRetryMs = 2_000;

export async function launchBrowser(opts: LaunchBrowserOptions): Promise<ExtensionBrowser> {
  const withExtension = opts.extension ?? true;
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'inboxlink-profile-'));
  let started: Started;
  let launchOpts: LaunchBrowserOptions & { executable?: string } = opts;
  try {
    // The policy folder lives beside the profile (not in it) and goes with it on close.
    if (opts.policy) launchOpts = { ...opts, executable: await chromiumWithPolicy(`${userDataDir}-policy`, await extensionIdOfBuild(chromeBuildDir), opts.policy) };
    started = await startChromium(launchOpts, userDataDir, withExtension);
    if (withExtension && !opts.keepWelcome) await closeWelcomeTab(started, opts.extensionDir ?? chromeBuildDir);
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    await rm(`${userDataDir}-policy`, { recursive: true, force: true });
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
    extensionOrigin: `chrome-extension://${extensionId}/`,
    artifactsDir,
    newPage,
    async openExtensionPage(name, query) {
      const search = query ? (query.startsWith('?') ? query : `?${query}`) : '';
      const page = await newPage(`chrome-extension://${extensionId}/${name}.html${search}`);
      await pageSettled(page, name);
      return page;
    },
    async tabOpenedFromExtension(url, before) {
      // Chromium names the new tab's URL on its target: wait for that (the page's own location.href,
      // which waitForNewTab polls for Firefox's sake, was still about:blank here under load). Its
      // console is collected since its first load (TargetConsoles), though a click opened it.
      // A tab already open at the same address (npm start's demo has HubSpot's page open when it
      // follows the plan's link there) is not the new one: only targets that were not open count.
      const open = new Set([...before].map((page) => page.target()));
      const target = await browser.waitForTarget((candidate) => candidate.type() === 'page' && candidate.url() === url && !open.has(candidate), { timeout: workerTimeoutMs });
      const page = await target.page();
      if (!page) throw new Error(`no new tab behind the target at ${url}`);
      return page;
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
      const again = await startChromium(launchOpts, userDataDir, withExtension);
      if (again.extensionId !== extensionId) {
        await again.browser.close().catch(() => undefined);
        throw new Error(`the extension came back as ${again.extensionId}, not ${extensionId}: its storage would not be the same`);
      }
      // Chromium reports the unpacked build as installed again at this launch; the product opens its
      // welcome page once per profile (lib/background/welcome.ts), so no tab comes up in front of the
      // test's tabs here (plan-resume.e2e checks that none did).
      browser = again.browser;
      api.browser = browser;
      errors.watch(browser);
    },
    consoleErrors: (page) => errors.of(page),
    screenshot: (page, name) => saveScreenshot(page, api.artifactsDir, name),
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
      await rm(`${userDataDir}-policy`, { recursive: true, force: true });
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
async function startChromium(opts: LaunchBrowserOptions & { executable?: string }, userDataDir: string, withExtension: boolean): Promise<Started> {
  const browser = await puppeteer.launch({
    executablePath: opts.executable ?? chromiumExecutable(),
    headless: opts.headless ?? true,
    pipe: true,
    userDataDir,
    enableExtensions: withExtension ? [opts.extensionDir ?? chromeBuildDir] : false,
    args: [...chromiumArgs(opts.sandbox), ...(opts.locale ? [`--lang=${opts.locale}`, `--accept-lang=${opts.locale}`] : [])],
    ...(opts.locale ? { env: { ...process.env, LANGUAGE: opts.locale } } : {}),
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

/** Waits for the welcome tab a fresh install opens and closes it (a build without one opens none). */
async function closeWelcomeTab(started: Started, buildDir: string): Promise<void> {
  if (!existsSync(path.join(buildDir, 'welcome.html'))) return;
  const url = `chrome-extension://${started.extensionId}/welcome.html`;
  const target = await started.browser.waitForTarget((candidate) => candidate.url() === url, { timeout: workerTimeoutMs });
  await (await target.page())?.close();
}
