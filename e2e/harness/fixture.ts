import path from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from './browser';
import { launchFirefox, type FirefoxSession } from './firefox';
import { e2eArtifactsRoot, slug } from './paths';
import { startSandbox, type RunningSandbox } from './sandbox';
import type { ExtensionSession } from './session';

export interface SessionContext<S extends ExtensionSession> {
  readonly sandbox: RunningSandbox;
  readonly eb: S;
}

export type E2EContext = SessionContext<ExtensionBrowser>;

/**
 * One sandbox and one Chromium for the whole test file (a Chromium start costs about a second).
 * Before each test the screenshot folder becomes .e2e-artifacts/<file>/<test>/, and when a test
 * fails every open tab is screenshotted there, so CI failures can be looked at.
 */
export function useExtensionBrowser(opts: { scenario?: string } & Omit<Parameters<typeof launchBrowser>[0], 'sandbox'> = {}): E2EContext {
  const { scenario, ...launch } = opts;
  return useSession(scenario, (sandbox) => launchBrowser({ sandbox, ...launch }));
}

/** The same for Firefox ESR with the Firefox build installed (harness/firefox.ts). */
export function useFirefoxBrowser(opts: { scenario?: string; locale?: string } = {}): SessionContext<FirefoxSession> {
  return useSession(opts.scenario, (sandbox) => launchFirefox({ sandbox, locale: opts.locale }));
}

function useSession<S extends ExtensionSession>(scenario: string | undefined, launch: (sandbox: RunningSandbox) => Promise<S>): SessionContext<S> {
  let sandbox: RunningSandbox | undefined;
  let eb: S | undefined;

  beforeAll(async () => {
    sandbox = await startSandbox({ scenario });
    eb = await launch(sandbox);
  });

  beforeEach(({ task, onTestFailed }) => {
    if (!eb) return;
    const browser = eb;
    browser.artifactsDir = path.join(e2eArtifactsRoot, slug(path.basename(task.file.name)), slug(task.name));
    onTestFailed(async () => {
      // Every tab: Firefox reports its extension pages as about:blank to puppeteer.
      const pages = await browser.browser.pages();
      for (const [index, page] of pages.entries()) {
        // Best effort with a bound: a hung tab must not turn one failure into a hook timeout.
        await withTimeout(browser.screenshot(page, `failure-${index}`), 10_000).catch(() => undefined);
      }
    });
  });

  afterAll(async () => {
    await eb?.close();
    await sandbox?.stop();
  });

  return {
    get sandbox() {
      if (!sandbox) throw new Error('sandbox not started: use the context inside tests or hooks');
      return sandbox;
    },
    get eb() {
      if (!eb) throw new Error('browser not launched: use the context inside tests or hooks');
      return eb;
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
