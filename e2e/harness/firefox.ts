import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { saveScreenshot } from './artifacts';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';
import { ConsoleErrors } from './console-log';
import { FIREFOX_EXTENSION_UUID, GECKO_ID, firefoxPrefs, writeCertificateOverrides } from './firefox-profile';
import { e2eArtifactsRoot, firefoxBuildDir } from './paths';
import type { RunningSandbox } from './sandbox';
import type { ExtensionPageName, ExtensionRealm, ExtensionSession } from './session';
import { pageSettled } from './page-settled';

/** Debian's Firefox ESR unless INBOXLINK_FIREFOX says otherwise (scripts/ensure-firefox.mjs installs it). */
export function firefoxExecutable(): string {
  return process.env.INBOXLINK_FIREFOX || '/usr/bin/firefox-esr';
}

export function firefoxIsInstalled(): boolean {
  return existsSync(firefoxExecutable());
}

export interface FirefoxSession extends ExtensionSession {
  /** Hosts Firefox asked for that the sandbox does not serve (its own background traffic). */
  refusedHosts(): string[];
}

export interface LaunchFirefoxOptions {
  sandbox: RunningSandbox;
  headless?: boolean;
  artifactsDir?: string;
  /** The browser's language (intl.locale.requested), e.g. 'de'. */
  locale?: string;
  /** The extension build to install (default .output/firefox-mv3). */
  extensionDir?: string;
}

const pageTimeoutMs = 15_000;

/**
 * Firefox ESR driven over WebDriver BiDi, the production Firefox build installed as a temporary
 * add-on (`browser.installExtension`), every sandbox host reached through a local CONNECT proxy
 * and only the sandbox's certificate trusted (firefox-profile.ts).
 *
 * Extension pages: BiDi refuses to navigate a tab to moz-extension:// unless Firefox runs with
 * `--remote-allow-system-access`; with it the navigation works, but BiDi reports no load events
 * for the extension's process, so `page.goto` would wait forever. openExtensionPage asks for the
 * navigation without waiting (`wait: 'none'`) and then waits for the page's own document.
 */
export async function launchFirefox(opts: LaunchFirefoxOptions): Promise<FirefoxSession> {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'inboxlink-firefox-'));
  let proxy: ConnectProxy | undefined;
  let browser: Browser | undefined;
  try {
    proxy = await startConnectProxy(opts.sandbox);
    await writeCertificateOverrides(profileDir, opts.sandbox);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxExecutable(),
      headless: opts.headless ?? true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs(proxy.port, opts.locale),
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      defaultViewport: { width: 1280, height: 800 },
    });
    const installed = await browser.installExtension(opts.extensionDir ?? firefoxBuildDir);
    if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
    // The install opens the welcome page, which would take the focus from a test's tab: closed here.
    await (await waitForExtensionTab({ browser, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}/` }, 'welcome.html')).close();
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await proxy?.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  const running = browser;
  const tunnel = proxy;
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  const errors = new ConsoleErrors();
  let realm: Page | undefined;

  async function newPage(url: string): Promise<Page> {
    const page = await running.newPage();
    errors.attach(page);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async function openExtensionPage(name: ExtensionPageName, query?: string): Promise<Page> {
    const search = query ? (query.startsWith('?') ? query : `?${query}`) : '';
    const page = await running.newPage();
    errors.attach(page);
    await navigateToExtension(page, `${origin}${name}.html${search}`);
    await pageSettled(page, name);
    return page;
  }

  const session: FirefoxSession = {
    browser: running,
    extensionId: FIREFOX_EXTENSION_UUID,
    extensionOrigin: origin,
    artifactsDir: opts.artifactsDir ?? path.join(e2eArtifactsRoot, 'firefox-session'),
    newPage,
    openExtensionPage,
    // WebDriver BiDi in Firefox 153 reports no browsing context for a tab that an extension page
    // opened (a link with target=_blank, window.open): puppeteer never sees it. The extension's own
    // tabs API does: the test checks there that the click opened a tab at `url`, closes it and
    // drives the same address in a tab of its own. The guide content script runs alike in both.
    async tabOpenedFromExtension(url) {
      const realmPage = await session.worker();
      const deadline = Date.now() + pageTimeoutMs;
      for (;;) {
        const closed = await realmPage.evaluate(async (wanted: string) => {
          const tabs = (globalThis as unknown as { browser: { tabs: FirefoxTabs } }).browser.tabs;
          const opened = (await tabs.query({ url: wanted.replace(/#.*$/, '') })).filter((tab) => tab.url === wanted).sort((a, b) => b.id - a.id)[0];
          if (!opened) return false;
          await tabs.remove(opened.id);
          return true;
        }, url);
        if (closed) return newPage(url);
        if (Date.now() > deadline) throw new Error(`no tab at ${url} opened within ${pageTimeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    // The privacy page reads nothing and sends nothing: a quiet place in the extension's origin.
    async worker(): Promise<ExtensionRealm> {
      if (!realm || realm.isClosed()) realm = await openExtensionPage('privacy');
      return realm;
    },
    consoleErrors: (page) => errors.of(page),
    screenshot: (page, name) => saveScreenshot(page, session.artifactsDir, name),
    refusedHosts: () => tunnel.refused(),
    async close() {
      await running.close().catch(() => undefined);
      await tunnel.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
  return session;
}

interface FirefoxTabs {
  query(filter: { url: string }): Promise<{ id: number; url?: string }[]>;
  remove(id: number): Promise<void>;
}

/** The BiDi browsing context behind a puppeteer page (puppeteer's own, not part of its typed API). */
interface BidiNavigable {
  browsingContext?: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
}

/** Navigates `page` to an extension URL and resolves once that document has loaded. */
export async function navigateToExtension(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as BidiNavigable).browsingContext;
  if (!context) throw new Error('this puppeteer exposes no BiDi browsing context: is the browser Firefox over BiDi?');
  await context.navigate(url, 'none');
  const deadline = Date.now() + pageTimeoutMs;
  for (;;) {
    // Evaluating during the navigation can fail (the old document is going away): try again.
    const loaded = await page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${pageTimeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A tab the extension opened itself (tabs.create, window.open) at `<origin><file>`. Puppeteer
 * tracks no URL for Firefox's extension documents (they report about:blank), so each tab is asked
 * for its own location.
 */
export async function waitForExtensionTab(session: Pick<ExtensionSession, 'browser' | 'extensionOrigin'>, file: string, timeoutMs = pageTimeoutMs): Promise<Page> {
  const wanted = `${session.extensionOrigin}${file}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await session.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(wanted)) return page;
    }
    if (Date.now() > deadline) throw new Error(`no tab at ${wanted} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
