import { launchBrowser, type ExtensionBrowser } from '../../e2e/harness/browser';
import { startSandbox } from '../../e2e/harness/sandbox';

/**
 * The built extension (.output/chrome-mv3) in Debian's Chromium with the sandbox behind it, the
 * same set-up as the e2e tests (e2e/harness), for benchmarks that must measure in the browser.
 */
export async function withExtensionBrowser<T>(work: (eb: ExtensionBrowser) => Promise<T>): Promise<T> {
  const sandbox = await startSandbox();
  try {
    const eb = await launchBrowser({ sandbox });
    try {
      return await work(eb);
    } finally {
      await eb.close();
    }
  } finally {
    await sandbox.stop();
  }
}
