import type { Browser, Page, WebWorker } from 'puppeteer';

export type ExtensionPageName = 'popup' | 'sidepanel' | 'options' | 'support' | 'welcome' | 'privacy' | 'people';

/**
 * Somewhere to evaluate code in the extension's origin (its IndexedDB, storage, runtime):
 * Chromium's background service worker, or in Firefox an extension page (its event page is not
 * reachable over WebDriver BiDi). Page objects that only read or seed the store take this.
 */
export type ExtensionRealm = Pick<WebWorker, 'evaluate'>;

/**
 * What a test can do with the extension in either browser. Chromium's ExtensionBrowser adds the
 * service-worker and restart controls; Firefox's session (firefox.ts) has exactly this.
 */
export interface ExtensionSession {
  browser: Browser;
  /** The host of the extension's URLs: Chrome's extension id, Firefox's moz-extension UUID. */
  extensionId: string;
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionOrigin: string;
  /** A new tab at `url` (console errors collected from before the first load). */
  newPage(url: string): Promise<Page>;
  /** <origin><name>.html[?query] as a tab. `query` may start with '?' or not. */
  openExtensionPage(name: ExtensionPageName, query?: string): Promise<Page>;
  /**
   * The tab that a click in an extension page (a step's link, target=_blank) opened at `url`, as a
   * page the test can drive. `before`: the pages taken before the click.
   */
  tabOpenedFromExtension(url: string, before: ReadonlySet<Page>): Promise<Page>;
  /** A realm in the extension's origin (see ExtensionRealm). */
  worker(): Promise<ExtensionRealm>;
  /**
   * console.error calls, uncaught errors and failed loads of a page from its first load (Chromium:
   * any tab or side panel, whoever opened it; Firefox: pages opened through the session). Throws
   * for a page never watched, rather than a vacuous [].
   */
  consoleErrors(page: Page): string[];
  /** Full-page PNG into <artifactsDir>/<name>.png; returns the path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Where screenshots go; the vitest fixture sets one per test. */
  artifactsDir: string;
  close(): Promise<void>;
}
